using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>
/// A NUCC taxonomy code reached from a Medicare provider type through the CMS specialty-to-taxonomy crosswalk.
/// </summary>
/// <param name="Code">The ten-character NUCC code (<c>207R00000X</c>), present in the loaded NUCC file.</param>
/// <param name="Specialty">The specialty as NUCC names it: its display name, else classification and specialization.</param>
/// <param name="MedicareSpecialtyCode">The Medicare specialty code of the crosswalk row (<c>11</c>); null for
/// provider/supplier types that have none.</param>
/// <param name="MedicareSpecialty">The crosswalk's provider/supplier type description the provider type matched
/// (<c>Physician/Internal Medicine</c>): the basis of the mapping.</param>
/// <param name="Crosswalk">The crosswalk row.</param>
/// <param name="Nucc">The NUCC row that confirms the code.</param>
public sealed record TaxonomyEvidence(
    string Code, string Specialty, string? MedicareSpecialtyCode, string MedicareSpecialty, SourceRef Crosswalk, SourceRef Nucc);
