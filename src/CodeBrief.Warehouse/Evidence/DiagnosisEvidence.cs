using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>An ICD-10-CM code related to a procedure code by coverage articles or the user's crosswalk.</summary>
/// <param name="Code">The code without its dot (<c>E119</c>).</param>
/// <param name="Display">The code as printed (<c>E11.9</c>).</param>
/// <param name="Description">The description from the loaded ICD-10-CM file; null when the code is not in it.</param>
/// <param name="Billable">The ICD-10-CM file's billable flag; null when the code is not in it.</param>
/// <param name="CodeSet">The ICD-10-CM row that confirms the code; null when the code is not in the loaded code set.</param>
/// <param name="Bases">Every article row or crosswalk row that relates the code, in article then row order.</param>
public sealed record DiagnosisEvidence(
    string Code, string Display, string? Description, bool? Billable, SourceRef? CodeSet, IReadOnlyList<DiagnosisBasis> Bases);
