using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>The code set and family a code belongs to.</summary>
/// <param name="Type">Code set read from the code's shape.</param>
/// <param name="TypeLabel">The code set in words (<c>CPT Category I</c>, <c>HCPCS Level II</c>).</param>
/// <param name="Family">CPT section or HCPCS Level II category; null when the editorial table has no range for the code.</param>
/// <param name="Subfamily">CPT subsection; null when none applies.</param>
/// <param name="Source">The editorial range table that placed the code.</param>
public sealed record CodeClassification(CodeType Type, string TypeLabel, string? Family, string? Subfamily, SourceRef Source);
