using CodeBrief.Sources;

namespace CodeBrief.Warehouse;

/// <summary>Reads <see cref="WarehouseStatusReport"/> from the <c>sources</c> register.</summary>
public static class WarehouseStatus
{
    /// <summary>The status of every dataset, measured against <paramref name="catalogue"/> (default: <see cref="DatasetCatalog.All"/>).</summary>
    public static WarehouseStatusReport Read(ISourceStore store, IReadOnlyList<DatasetInfo>? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        catalogue ??= DatasetCatalog.All;
        var order = catalogue.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var datasets = store.All()
            .OrderBy(s => s.Id)
            .GroupBy(s => s.Dataset, StringComparer.Ordinal)
            .Select(g => new DatasetStatus(g.Key,
                g.Where(s => s.Status == SourceRecord.Current).ToList(),
                g.Where(s => s.Status is SourceRecord.Previous or SourceRecord.Superseded).ToList()))
            .OrderBy(d => order.GetValueOrDefault(d.Dataset, int.MaxValue))
            .ThenBy(d => d.Dataset, StringComparer.Ordinal)
            .ToList();
        var present = datasets.Where(d => d.Current.Count > 0).Select(d => d.Dataset).ToHashSet(StringComparer.Ordinal);
        var missing = catalogue.Select(d => d.Id).Where(id => !present.Contains(id)).ToList();
        return new WarehouseStatusReport(datasets, missing);
    }

    /// <summary>The status of a store that holds nothing yet: every dataset of <paramref name="catalogue"/> missing.</summary>
    public static WarehouseStatusReport Nothing(IReadOnlyList<DatasetInfo>? catalogue = null) =>
        new([], (catalogue ?? DatasetCatalog.All).Select(d => d.Id).ToList());
}
