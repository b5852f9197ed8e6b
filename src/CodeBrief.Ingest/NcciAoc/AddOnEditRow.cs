using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.NcciAoc;

/// <summary>One NCCI add-on code edit: an add-on code and one of its primary codes. Dates are ISO <c>yyyy-MM-dd</c>.</summary>
/// <param name="AddOnCode">The add-on code.</param>
/// <param name="PrimaryCode">The primary code (<c>CCCCC</c> when the contractor defines them).</param>
/// <param name="EditType">Edit type 1, 2 or 3.</param>
/// <param name="AddOnDeletionDate">Deletion date of the add-on code, or null.</param>
/// <param name="PrimaryDeletionDate">Deletion date of the primary code, or null.</param>
/// <param name="EffectiveDate">Effective date of the pair, or null.</param>
/// <param name="DeletionDate">Deletion date of the pair, or null while the edit is active.</param>
/// <param name="Notes">Notes, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record AddOnEditRow(string AddOnCode, string PrimaryCode, string EditType, string? AddOnDeletionDate, string? PrimaryDeletionDate,
    string? EffectiveDate, string? DeletionDate, string? Notes, SourceRef Source);
