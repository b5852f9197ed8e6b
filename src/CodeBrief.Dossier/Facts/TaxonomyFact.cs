using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A provider taxonomy associated with the code.</summary>
/// <param name="Code">NUCC taxonomy code.</param>
/// <param name="Specialty">The specialty as NUCC names it (display name).</param>
/// <param name="Basis"><see cref="UtilizationBasis"/> when Medicare utilization by provider type, mapped through the CMS
/// specialty-to-taxonomy crosswalk, puts it here; <see cref="EditorialBasis"/> when the curated family table does.</param>
/// <param name="Why">Why it is listed, in words, with the figures or the editorial reason.</param>
/// <param name="Source">The NUCC row that confirms the code.</param>
/// <param name="BasisSources">The rows behind <paramref name="Why"/>: the utilization file and the crosswalk row, or the
/// editorial table.</param>
public sealed record TaxonomyFact(string Code, string Specialty, string Basis, string Why, SourceRef Source, IReadOnlyList<SourceRef> BasisSources)
{
    /// <summary>Basis of a taxonomy reached from loaded Medicare utilization.</summary>
    public const string UtilizationBasis = "utilization";

    /// <summary>Basis of a taxonomy reached from CodeBrief's family table's Medicare specialty through the CMS specialty crosswalk.</summary>
    public const string CrosswalkBasis = "crosswalk";

    /// <summary>Basis of a taxonomy from CodeBrief's curated family table.</summary>
    public const string EditorialBasis = "editorial";
}
