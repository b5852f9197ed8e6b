using CodeBrief.Cli;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Verify.Tests.Support;

/// <summary>
/// The warehouse a user gets from <c>codebrief data load --mirror shared/data</c>: the real command (fetch, recognition,
/// the SQLite warehouse's writer) run in-process over every file of the mirror. Built once per test run in a
/// temporary home that is removed when the test process exits; tests only read it.
/// </summary>
internal static class RealWarehouse
{
    private static readonly Lazy<string> LoadedHome = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The home folder holding <c>warehouse.db</c>; pass it as <c>--home</c> to read-only commands.</summary>
    public static string Home => LoadedHome.Value;

    /// <summary>A new read-only handle on the loaded warehouse.</summary>
    public static SqliteWarehouse Open() => SqliteWarehouse.OpenHome(Home, WarehouseAccess.ReadOnly);

    private static string Load()
    {
        var home = Directory.CreateTempSubdirectory("codebrief-real-warehouse-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(home, recursive: true); }
            catch (IOException) { } // best effort: a temp folder left behind does not change any result
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CodeBriefApp.RunAsync(["--home", home, "data", "load", "--mirror", SharedData.Folder], output, error, CancellationToken.None)
            .GetAwaiter().GetResult();
        if (exit != ExitCodes.Success)
            throw new InvalidOperationException($"codebrief data load --mirror {SharedData.Folder} exited {exit}:\n{output}\n{error}");
        return home;
    }
}
