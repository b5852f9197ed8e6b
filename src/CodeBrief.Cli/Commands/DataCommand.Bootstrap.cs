using CodeBrief.Sources;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    /// <summary>
    /// Makes the commands that read the warehouse work on a fresh machine in one go: when the store has no loaded data yet,
    /// fetch every dataset (from <c>CODEBRIEF_MIRROR</c> when set, otherwise from the publishers) and load it, reporting on
    /// <paramref name="error"/> so the command's own output stays clean. Does nothing once any reference dataset is
    /// loaded; payer files ingested first do not count, since a brief needs the code sets.
    /// </summary>
    internal static async Task EnsureLoadedAsync(WarehouseTarget target, bool verbose, TextWriter error, CancellationToken cancellationToken)
    {
        if (HasReferenceData(target)) return;
        error.WriteLine($"codebrief: no data loaded in {target.Home} yet; fetching and loading the reference files first (once).");
        var datasets = DatasetCatalog.Select(null);
        var mirror = Environment.GetEnvironmentVariable("CODEBRIEF_MIRROR");
        await FetchAsync(target.Home, string.IsNullOrWhiteSpace(mirror) ? null : Path.GetFullPath(mirror), datasets, error, error, cancellationToken)
            .ConfigureAwait(false);
        // A live source fetched before the first load (data fetch --live) loads with the rest.
        var all = datasets.Concat(DatasetCatalog.Live).ToList();
        var known = all.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var files = new RawStore(target.Home).List().Where(f => known.Contains(f.Dataset)).ToList();
        var code = LoadFiles(target, all, files, new LoadOptions(Strict: false), verbose, error, error, cancellationToken);
        if (code != ExitCodes.Success && !HasReferenceData(target))
            throw new Core.Errors.SourceUnavailableException("warehouse", "No reference data could be loaded; see the messages above, then run `codebrief data load`.");
    }

    /// <summary>
    /// True when the store holds a current reference dataset. A missing store holds none; an older one is upgraded first,
    /// since the commands that ask are about to load data into it anyway.
    /// </summary>
    internal static bool HasReferenceData(WarehouseTarget target)
    {
        if (!WarehouseStores.Exists(target.Store)) return false;
        using var warehouse = target.Open(WarehouseAccess.ReadWrite);
        return warehouse.Sources.HasReferenceData();
    }
}
