namespace CodeBrief.Warehouse;

/// <summary>
/// When a new version of a dataset may replace the current one: the published thresholds of the checks every load runs
/// (README, "When a new file is refused"). A public file rarely loses more than a few codes between versions; a cut download
/// or a half-broken export loses many, and must not silently replace complete data.
/// </summary>
public static class LoadPlausibility
{
    /// <summary>The share of rows, or of distinct keys (the table's first column: the code), a new version may lose: 2%.</summary>
    public const decimal DefaultMaxShrink = 0.02m;

    /// <summary>The share of a file's rows that may be rejected: 1%.</summary>
    public const decimal DefaultMaxRejected = 0.01m;

    /// <summary>The largest share of rows or keys <paramref name="dataset"/> may lose against the version it replaces, or null for no limit.</summary>
    public static decimal? MaxShrink(string dataset) => dataset switch
    {
        // The user's own crosswalk: whatever they give is what they mean.
        "diagnosis-crosswalk" => null,
        // Data years of utilization differ by more than a code set's release does.
        "medicare-utilization" or "medicare-utilization-provider" => 0.10m,
        _ => DefaultMaxShrink,
    };

    /// <summary>The largest share of rows of a <paramref name="dataset"/> file that may be rejected.</summary>
    public static decimal MaxRejected(string dataset) => dataset switch
    {
        // A fee schedule line that does not read is a code's price in every state, and a rural ZIP that does not read
        // prices that ZIP at the wrong rate: neither file is loaded with a line missing.
        "dmepos" or "dmepos-rural-zip" => 0m,
        _ => DefaultMaxRejected,
    };
}
