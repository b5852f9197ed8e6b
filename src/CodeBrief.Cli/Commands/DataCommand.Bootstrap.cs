using CodeBrief.Sources;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    /// <summary>
    /// Makes the commands that read the warehouse work on a fresh machine in one go: when the home has no loaded data yet,
    /// fetch every dataset (from <c>CODEBRIEF_MIRROR</c> when set, otherwise from the publishers) and load it, reporting on
    /// <paramref name="error"/> so the command's own output stays clean. Does nothing once any reference dataset is
    /// loaded; payer files ingested first do not count, since a brief needs the code sets.
    /// </summary>
    internal static async Task EnsureLoadedAsync(string home, bool verbose, TextWriter error, CancellationToken cancellationToken)
    {
        if (HasReferenceData(home)) return;
        error.WriteLine($"codebrief: no data loaded in {home} yet; fetching and loading the reference files first (once).");
        var datasets = DatasetCatalog.Select(null);
        var mirror = Environment.GetEnvironmentVariable("CODEBRIEF_MIRROR");
        await FetchAsync(home, string.IsNullOrWhiteSpace(mirror) ? null : Path.GetFullPath(mirror), datasets, error, error, cancellationToken)
            .ConfigureAwait(false);
        var files = new RawStore(home).List().ToList();
        var code = LoadFiles(home, datasets, files, new LoadOptions(Strict: false), verbose, error, error, cancellationToken);
        if (code != ExitCodes.Success && !HasReferenceData(home))
            throw new Core.Errors.SourceUnavailableException("warehouse", "No reference data could be loaded; see the messages above, then run `codebrief data load`.");
    }

    internal static bool HasReferenceData(string home)
    {
        if (!File.Exists(WarehouseDb.FileIn(home))) return false;
        try
        {
            using var db = WarehouseDb.OpenReadOnly(home);
            using var command = db.Connection.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM sources WHERE status = 'current' AND dataset NOT LIKE 'tic-%')";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (Core.Errors.SourceUnavailableException)
        {
            return false; // a warehouse file without reference tables: nothing loaded yet
        }
    }
}
