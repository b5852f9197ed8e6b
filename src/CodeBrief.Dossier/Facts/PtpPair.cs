using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>One NCCI procedure-to-procedure edit naming this code in column 1 or column 2.</summary>
/// <param name="Column1">Column 1 (comprehensive) code.</param>
/// <param name="Column2">Column 2 (component) code.</param>
/// <param name="Setting"><c>practitioner</c> or <c>hospital</c>.</param>
/// <param name="ModifierIndicator">0 = no modifier allowed, 1 = an NCCI-associated modifier may bypass the edit, 9 = not applicable.</param>
/// <param name="ModifierIndicatorMeaning">The modifier indicator in words.</param>
/// <param name="EffectiveDate">Effective date as loaded.</param>
/// <param name="DeletionDate">Deletion date as loaded, null when active.</param>
/// <param name="Rationale">PTP edit rationale.</param>
/// <param name="Source">The PTP file row.</param>
public sealed record PtpPair(string Column1, string Column2, string Setting, string ModifierIndicator, string ModifierIndicatorMeaning,
    string? EffectiveDate, string? DeletionDate, string? Rationale, SourceRef Source);
