using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>An ICD-10-CM diagnosis a loaded crosswalk links to the code, checked against the loaded ICD-10-CM file.</summary>
/// <param name="Code">ICD-10-CM code with its dot (<c>D47.2</c>).</param>
/// <param name="Description">Description from the ICD-10-CM file.</param>
/// <param name="Billable">Billable (valid for claims) per the ICD-10-CM file.</param>
/// <param name="Source">The ICD-10-CM row.</param>
/// <param name="CrosswalkSource">The crosswalk row that links it to the code.</param>
public sealed record DiagnosisFact(string Code, string Description, bool Billable, SourceRef Source, SourceRef CrosswalkSource);
