using CodeBrief.Warehouse;

namespace CodeBrief.Analytics.Changes;

/// <summary>
/// What changed for a code between the two newest loaded versions of each dataset: the current store against the previous
/// one (<see cref="IWarehouse.PreviousReference"/>), row by row and field by field.
/// </summary>
/// <remarks>Datasets that hold no row of the code in either version are left out. Thread-safe: no state.</remarks>
public static class VersionChanges
{
    /// <summary>The datasets compared, in the order they print.</summary>
    public static IReadOnlyList<IChangeProjection> Projections { get; } =
    [
        // Each dataset with a comparison adds itself here, one line per dataset.
        new PfsRvuChanges(),
        new ClfsChanges(),
        new HcpcsChanges(),
        new DmeposChanges(),
    ];

    /// <summary>The comparison of <paramref name="code"/> in every dataset of <see cref="Projections"/> that holds it.</summary>
    /// <param name="current">The current version of each dataset (<see cref="IWarehouse.Reference"/>).</param>
    /// <param name="previous">The previous version (<see cref="IWarehouse.PreviousReference"/>).</param>
    /// <param name="registered">The sources register (<see cref="ISourceStore.All"/>), for the version names.</param>
    /// <param name="code">The code, upper case.</param>
    public static IReadOnlyList<DatasetChanges> ForCode(IReferenceStore current, IReferenceStore previous, IReadOnlyList<SourceRecord> registered, string code)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(registered);
        var result = new List<DatasetChanges>();
        foreach (var projection in Projections)
        {
            var after = projection.Rows(current, code);
            var before = projection.Rows(previous, code);
            if (after.Count == 0 && before.Count == 0) continue;
            var currentVersion = Versions(registered, projection.Dataset, SourceRecord.Current);
            var previousVersion = Versions(registered, projection.Dataset, SourceRecord.Previous);
            if (previousVersion is null)
            {
                result.Add(new DatasetChanges(projection.Dataset, projection.Label, null, currentVersion, ChangeState.OneVersionLoaded, []));
                continue;
            }
            var rows = Compare(before, after);
            result.Add(new DatasetChanges(projection.Dataset, projection.Label, previousVersion, currentVersion,
                rows.Count == 0 ? ChangeState.NoChange : ChangeState.Changed, rows));
        }
        return result;
    }

    /// <summary>Row-by-row differences: rows matched by key; a changed row lists only the fields that differ.</summary>
    public static IReadOnlyList<RowChange> Compare(IReadOnlyList<ComparableRow> before, IReadOnlyList<ComparableRow> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var changes = new List<RowChange>();
        foreach (var row in after)
        {
            if (!old.Remove(row.Key, out var was))
            {
                changes.Add(new RowChange(row.Key, RowChangeKind.Added, [.. row.Fields.Select(f => new FieldChange(f.Field, null, f.Value))], null, row.Source));
                continue;
            }
            var previousValues = was.Fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
            var fields = row.Fields
                .Where(f => !previousValues.TryGetValue(f.Field, out var value) || value != f.Value)
                .Select(f => new FieldChange(f.Field, previousValues.GetValueOrDefault(f.Field), f.Value))
                .ToList();
            if (fields.Count > 0) changes.Add(new RowChange(row.Key, RowChangeKind.Changed, fields, was.Source, row.Source));
        }
        foreach (var gone in before.Where(r => old.ContainsKey(r.Key)))
            changes.Add(new RowChange(gone.Key, RowChangeKind.Removed, [.. gone.Fields.Select(f => new FieldChange(f.Field, f.Value, null))], gone.Source, null));
        return changes;
    }

    private static string? Versions(IReadOnlyList<SourceRecord> sources, string dataset, string status)
    {
        var versions = sources.Where(s => s.Dataset == dataset && s.Status == status).Select(s => s.Version).Distinct(StringComparer.Ordinal).ToList();
        return versions.Count == 0 ? null : string.Join(", ", versions);
    }
}
