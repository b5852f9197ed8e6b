using System.Net;
using CodeBrief.Testing;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Tests.Stores;

/// <summary>Runs alone: it sets <c>SOURCE_DATE_EPOCH</c> for the process, so both publishes print the same date.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StoreEquivalenceCollection
{
    public const string Name = "store equivalence";
}

/// <summary>
/// The mirror loaded twice with <c>codebrief data load</c>: into the embedded SQLite store and into a PostgreSQL database
/// (<c>--store</c>). Every brief published from one must be byte for byte the brief published from the other.
/// </summary>
public sealed class TwoLoadedStores : IDisposable
{
    public TwoLoadedStores()
    {
        Directory.CreateDirectory(SqliteHome);
        Directory.CreateDirectory(PostgresHome);
        Load(["--home", SqliteHome]);
        Load(["--home", PostgresHome, "--store", Postgres.Url]);
    }

    public string SqliteHome { get; } = Path.Combine(Path.GetTempPath(), $"codebrief-eq-sqlite-{Guid.NewGuid():N}");

    public string PostgresHome { get; } = Path.Combine(Path.GetTempPath(), $"codebrief-eq-pg-{Guid.NewGuid():N}");

    internal TestPostgres Postgres { get; } = new();

    private static void Load(string[] where)
    {
        var run = CliRun.RunAsync(["data", "load", "--mirror", SharedData.Folder, .. where]).GetAwaiter().GetResult();
        run.ExitCode.ShouldBe(0, run.Error);
    }

    public void Dispose()
    {
        Postgres.Dispose();
        foreach (var home in new[] { SqliteHome, PostgresHome })
        {
            try { Directory.Delete(home, recursive: true); }
            catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }
}

[Collection(StoreEquivalenceCollection.Name)]
public sealed class StoreEquivalenceTests(TwoLoadedStores stores) : IClassFixture<TwoLoadedStores>, IDisposable
{
    private static readonly string[] SeedCodes = ["83789", "83950", "0689T", "82331", "86320"];
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"codebrief-eq-out-{Guid.NewGuid():N}");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Publish_SeedCodesAndEvery150thCode_SameBytesFromBothStores()
    {
        var codes = SampleCodes();
        codes.Count.ShouldBeGreaterThan(100);
        var list = Path.Combine(_out, "codes.txt");
        Directory.CreateDirectory(_out);
        await File.WriteAllLinesAsync(list, codes);
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1764547200"); // 2025-12-01

        var fromSqlite = await Publish(list, "sqlite", ["--home", stores.SqliteHome]);
        var fromPostgres = await Publish(list, "postgres", ["--home", stores.PostgresHome, "--store", stores.Postgres.Url]);

        var files = Directory.GetFiles(fromSqlite).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(codes.Count * 3); // a brief per code in three formats, plus the index pages
        Directory.GetFiles(fromPostgres).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(files);
        var differing = files.Where(f => !File.ReadAllBytes(Path.Combine(fromSqlite, f!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fromPostgres, f!)))).ToList();
        differing.ShouldBeEmpty("these briefs differ between the SQLite and the PostgreSQL store");
    }

    [Fact]
    public async Task Serve_PostgresStore_AnswersAsTheSqliteStore()
    {
        foreach (var path in new[] { "codes/86320", "api/codes/0689T", "api/search?q=immunoelectrophoresis", "search?q=8233" })
        {
            var sqlite = await Get(["--home", stores.SqliteHome], path);
            var postgres = await Get(["--home", stores.PostgresHome, "--store", stores.Postgres.Url], path);
            postgres.ShouldBe(sqlite, $"/{path} differs between the stores");
        }
    }

    /// <summary>The five seed codes and every 150th code of the loaded code sets, in code order.</summary>
    private List<string> SampleCodes()
    {
        using var warehouse = WarehouseTarget.InHome(stores.SqliteHome).Open(WarehouseAccess.ReadOnly);
        var all = warehouse.Reference.ProcedureCodes();
        return [.. all.Where((_, i) => i % 150 == 0).Concat(SeedCodes).Distinct().Order(StringComparer.Ordinal)];
    }

    private async Task<string> Publish(string list, string name, string[] where)
    {
        var dir = Path.Combine(_out, name);
        var run = await CliRun.RunAsync(["publish", "--codes-file", list, "--out", dir, .. where]);
        run.ExitCode.ShouldBe(0, run.Error);
        return dir;
    }

    /// <summary>One page from <c>codebrief serve</c> over the given store (started, asked once, stopped).</summary>
    private static async Task<string> Get(string[] where, string path)
    {
        await using var serve = await RunningServe.StartAsync(where);
        string body;
        using (var response = await serve.Client.GetAsync(new Uri(path, UriKind.Relative)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            body = await response.Content.ReadAsStringAsync();
        }
        (await serve.StopAsync()).ShouldBe(0);
        return body;
    }
}
