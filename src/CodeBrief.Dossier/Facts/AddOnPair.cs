using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>One NCCI add-on code edit naming this code as the add-on or as a primary.</summary>
/// <param name="AddOnCode">The add-on code.</param>
/// <param name="PrimaryCode">The primary code (<c>CCCCC</c> = contractor-defined).</param>
/// <param name="EditType">AOC edit type 1, 2 or 3.</param>
/// <param name="EditTypeMeaning">The edit type in words (NCCI AOC file layout).</param>
/// <param name="EffectiveDate">Edit effective date (ISO) or null.</param>
/// <param name="DeletionDate">Edit deletion date (ISO) or null when active.</param>
/// <param name="Source">The AOC file row.</param>
public sealed record AddOnPair(string AddOnCode, string PrimaryCode, string EditType, string EditTypeMeaning, string? EffectiveDate,
    string? DeletionDate, SourceRef Source);
