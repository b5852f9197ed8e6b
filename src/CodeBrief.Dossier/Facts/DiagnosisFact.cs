using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// An ICD-10-CM diagnosis a loaded coverage article or user crosswalk relates to the code, confirmed by the loaded
/// ICD-10-CM file (codes the file lacks are never facts; the dossier only counts them).
/// </summary>
/// <param name="Code">ICD-10-CM code with its dot (<c>D47.2</c>).</param>
/// <param name="Description">Description from the ICD-10-CM file.</param>
/// <param name="Billable">Billable (valid for claims) per the ICD-10-CM file.</param>
/// <param name="Basis">What relates it to the code, in words (<c>LCD article A59915 v12, covered group 1</c>, <c>user crosswalk</c>).</param>
/// <param name="Source">The ICD-10-CM row.</param>
/// <param name="BasisSources">Every article or crosswalk row that relates it to the code, first one first.</param>
public sealed record DiagnosisFact(string Code, string Description, bool Billable, string Basis, SourceRef Source, IReadOnlyList<SourceRef> BasisSources);
