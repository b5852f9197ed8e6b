using CodeBrief.Sources;
using CodeBrief.Warehouse;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    /// <summary>
    /// Makes the commands that read the warehouse work on a fresh machine in one go: when the home has no loaded data yet,
    /// fetch every dataset (from <c>CODEBRIEF_MIRROR</c> when set, otherwise from the publishers) and load it, reporting on
    /// <paramref name="error"/> so the command's own output stays clean. Does nothing once any dataset is loaded.
    /// </summary>
    internal static async Task EnsureLoadedAsync(string home, bool verbose, TextWriter error, CancellationToken cancellationToken)
    {
        if (HasLoadedData(home)) return;
        error.WriteLine($"codebrief: no data loaded in {home} yet; fetching and loading the reference files first (once).");
        var datasets = DatasetCatalog.Select(null);
        var mirror = Environment.GetEnvironmentVariable("CODEBRIEF_MIRROR");
        await FetchAsync(home, string.IsNullOrWhiteSpace(mirror) ? null : Path.GetFullPath(mirror), datasets, error, error, cancellationToken)
            .ConfigureAwait(false);
        var files = new RawStore(home).List().ToList();
        var code = LoadFiles(home, datasets, files, new LoadOptions(Strict: false), verbose, error, error, cancellationToken);
        if (code != ExitCodes.Success && !HasLoadedData(home))
            throw new Core.Errors.SourceUnavailableException("warehouse", "No reference data could be loaded; see the messages above, then run `codebrief data load`.");
    }

    private static bool HasLoadedData(string home)
    {
        var path = WarehouseDb.FileIn(home);
        if (!File.Exists(path)) return false;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sources') AND EXISTS (SELECT 1 FROM sources WHERE status = 'current')";
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false; // no sources table yet: an empty warehouse
        }
    }
}
