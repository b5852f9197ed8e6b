using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse;

/// <summary>The indicators of a code's PFS global row (blank modifier) that other codes' briefs read: status and PC/TC.</summary>
/// <param name="Code">The code.</param>
/// <param name="Status">STATUS CODE.</param>
/// <param name="Pctc">PCTC IND.</param>
/// <param name="GlobalDays">GLOB DAYS.</param>
/// <param name="Description">The RVU file's descriptor.</param>
/// <param name="Source">The RVU row.</param>
public sealed record PfsGlobalRow(string Code, string Status, string Pctc, string GlobalDays, string Description, SourceRef Source);
