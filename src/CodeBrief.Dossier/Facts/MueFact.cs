using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A medically unlikely edit: the most units of the code one beneficiary may get on one date of service.</summary>
/// <param name="Setting"><c>practitioner</c>, <c>hospital</c> or <c>dme</c>.</param>
/// <param name="Value">MUE value (units), null when the file has none.</param>
/// <param name="AdjudicationIndicator">MUE adjudication indicator as published.</param>
/// <param name="Rationale">MUE rationale.</param>
/// <param name="Source">The MUE file row.</param>
public sealed record MueFact(string Setting, int? Value, string? AdjudicationIndicator, string? Rationale, SourceRef Source);
