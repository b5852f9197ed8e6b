namespace CodeBrief.Analytics.Changes;

/// <summary>What changed for one code in one dataset between its two newest loaded versions.</summary>
/// <param name="Dataset">Catalogue id.</param>
/// <param name="Label">What the dataset is, for people.</param>
/// <param name="PreviousVersion">The previous version's name(s); null when only one version is loaded.</param>
/// <param name="CurrentVersion">The current version's name(s); null when only a previous version holds the code's rows.</param>
/// <param name="State">Whether there is anything to compare, and whether it changed.</param>
/// <param name="Rows">The rows that changed, in key order of the current version, then removed rows; empty unless <see cref="ChangeState.Changed"/>.</param>
public sealed record DatasetChanges(string Dataset, string Label, string? PreviousVersion, string? CurrentVersion, ChangeState State,
    IReadOnlyList<RowChange> Rows);

/// <summary>The outcome of comparing one dataset for one code.</summary>
public enum ChangeState
{
    /// <summary>Both versions hold the code's rows, with the same values.</summary>
    NoChange,
    /// <summary>At least one row was added, removed or changed.</summary>
    Changed,
    /// <summary>Only one version of the dataset is loaded: nothing to compare it with.</summary>
    OneVersionLoaded,
}
