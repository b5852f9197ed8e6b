namespace CodeBrief.Warehouse;

/// <summary>The state of one dataset in the warehouse.</summary>
/// <param name="Dataset">Catalogue id.</param>
/// <param name="Current">The current files (usually one; several for multi-part releases such as NCCI PTP).</param>
/// <param name="History">Older files, by load: the previous version (status previous, rows kept) and superseded ones.</param>
public sealed record DatasetStatus(string Dataset, IReadOnlyList<SourceRecord> Current, IReadOnlyList<SourceRecord> History)
{
    /// <summary>The current version(s), comma-separated; empty when nothing is current.</summary>
    public string Version => string.Join(", ", Current.Select(s => s.Version).Distinct(StringComparer.Ordinal));

    /// <summary>Data rows of the current files.</summary>
    public long Rows => Current.Sum(s => s.RowsLoaded);

    /// <summary>Rejected rows of the current files.</summary>
    public long Rejected => Current.Sum(s => s.RowsRejected);

    /// <summary>When the newest current file was loaded; null when nothing is current.</summary>
    public DateTimeOffset? LoadedAt => Current.Count == 0 ? null : Current.Max(s => s.LoadedAt);
}
