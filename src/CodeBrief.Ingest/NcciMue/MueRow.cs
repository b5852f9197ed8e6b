using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.NcciMue;

/// <summary>One medically unlikely edit of a code in one setting.</summary>
/// <param name="Code">The CPT/HCPCS code.</param>
/// <param name="Setting"><c>practitioner</c>, <c>hospital</c> or <c>dme</c>.</param>
/// <param name="Value">The MUE value (units of service per day or per line), or null when blank.</param>
/// <param name="AdjudicationIndicator">MUE adjudication indicator text, or null.</param>
/// <param name="Rationale">MUE rationale, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record MueRow(string Code, string Setting, int? Value, string? AdjudicationIndicator, string? Rationale, SourceRef Source);
