using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Changes;

/// <summary>How one row of a code differs between the previous and the current version of a dataset.</summary>
/// <param name="Key">The row (<see cref="ComparableRow.Key"/>).</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Fields">The fields that differ (every field of an added or removed row), in print order.</param>
/// <param name="Before">The row in the previous version; null when added.</param>
/// <param name="After">The row in the current version; null when removed.</param>
public sealed record RowChange(string Key, RowChangeKind Kind, IReadOnlyList<FieldChange> Fields, SourceRef? Before, SourceRef? After);

/// <summary>What happened to a row between two versions.</summary>
public enum RowChangeKind
{
    /// <summary>Only the current version has the row.</summary>
    Added,
    /// <summary>Only the previous version has the row.</summary>
    Removed,
    /// <summary>Both versions have the row, with different values.</summary>
    Changed,
}

/// <summary>One field's value before and after; null on the side that lacks the row.</summary>
/// <param name="Field">Field name, as the projection prints it.</param>
/// <param name="Before">Value in the previous version.</param>
/// <param name="After">Value in the current version.</param>
public sealed record FieldChange(string Field, string? Before, string? After);
