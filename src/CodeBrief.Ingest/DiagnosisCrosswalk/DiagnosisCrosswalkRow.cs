using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.DiagnosisCrosswalk;

/// <summary>One pair of a user-supplied procedure-to-diagnosis crosswalk (<c>code,icd10_code[,note]</c>).</summary>
/// <param name="Code">CPT/HCPCS code, upper case.</param>
/// <param name="Icd10Code">ICD-10-CM code without its dot, upper case.</param>
/// <param name="Note">The user's note, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record DiagnosisCrosswalkRow(string Code, string Icd10Code, string? Note, SourceRef Source);
