using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.NcciPtp;

/// <summary>One NCCI procedure-to-procedure edit. Dates are ISO <c>yyyy-MM-dd</c>.</summary>
/// <param name="Column1">Column 1 (comprehensive) code.</param>
/// <param name="Column2">Column 2 (component) code.</param>
/// <param name="Setting"><c>practitioner</c> or <c>hospital</c>.</param>
/// <param name="Prior1996">The "prior to 1996" flag, or null.</param>
/// <param name="EffectiveDate">Effective date, or null.</param>
/// <param name="DeletionDate">Deletion date, or null while the edit is active.</param>
/// <param name="ModifierIndicator">0, 1 or 9; empty when the file leaves it blank.</param>
/// <param name="Rationale">PTP edit rationale, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record PtpEditRow(string Column1, string Column2, string Setting, string? Prior1996, string? EffectiveDate, string? DeletionDate,
    string ModifierIndicator, string? Rationale, SourceRef Source);
