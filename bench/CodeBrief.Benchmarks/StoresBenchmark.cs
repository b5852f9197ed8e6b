using System.Diagnostics;
using System.Globalization;
using CodeBrief.Brief;
using CodeBrief.Dossier;
using CodeBrief.Ingest.Reference;
using CodeBrief.Render;
using CodeBrief.Sources;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Postgres;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Benchmarks;

/// <summary>
/// <c>stores MIRROR POSTGRES_URL [BRIEFS=300] [ROUNDS=2]</c>: loads every file of the mirror into the embedded SQLite store
/// and into a PostgreSQL database, then renders the same briefs from each, and prints the PostgreSQL figures as ratios
/// against SQLite measured in the same run (the best of the rounds each).
/// </summary>
internal static class StoresBenchmark
{
    public static int Run(string[] args)
    {
        var mirror = Path.GetFullPath(args[1]);
        var postgres = args[2];
        var briefs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
        var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2;
        var home = Path.Combine(Path.GetTempPath(), "codebrief-stores-" + Guid.NewGuid().ToString("N"));
        var files = Fetch(mirror, home + "-raw");
        var results = new Dictionary<string, (double Load, double Briefs, long Rows)>();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var engine in new[] { "sqlite", "postgres" })
                {
                    Reset(engine, home, postgres);
                    var (load, rows) = Time(() => LoadAll(Open(engine, home, postgres, WarehouseAccess.ReadWrite), files));
                    double perSecond;
                    using (var warehouse = Open(engine, home, postgres, WarehouseAccess.ReadOnly))
                    {
                        var builder = new DossierBuilder(warehouse);
                        var codes = builder.AllCodes().Where((_, i) => i % Math.Max(1, builder.AllCodes().Count / briefs) == 0).Take(briefs).ToList();
                        var watch = Stopwatch.StartNew();
                        var bytes = 0L;
                        foreach (var code in codes)
                            bytes += Renderers.For("md").Render(BriefBuilder.Build(builder.Build(code), new DateOnly(2026, 12, 1))).Length;
                        perSecond = codes.Count / watch.Elapsed.TotalSeconds;
                        GC.KeepAlive(bytes);
                    }
                    var best = results.TryGetValue(engine, out var b) ? b : (double.MaxValue, 0, 0);
                    results[engine] = (Math.Min(best.Load, load), Math.Max(best.Briefs, perSecond), rows);
                }
            }
        }
        finally
        {
            Reset("postgres", home, postgres);
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
            Directory.Delete(home + "-raw", recursive: true);
        }
        var (sl, sb, sr) = results["sqlite"];
        var (pl, pb, pr) = results["postgres"];
        Console.WriteLine($"Mirror {mirror}: {files.Count} dataset files, {sr:N0} rows; {briefs} briefs (Markdown) per store; best of {rounds} rounds");
        Console.WriteLine("| store | load mirror (s) | load / SQLite | briefs per second | briefs / SQLite |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| SQLite (embedded, baseline) | {sl:0.0} | 1.00 | {sb:0.0} | 1.00 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| PostgreSQL 15 (loopback) | {pl:0.0} | {pl / sl:0.00} | {pb:0.0} | {pb / sb:0.00} |"));
        return pr == sr ? 0 : 1;
    }

    /// <summary>The files <c>codebrief data fetch --mirror</c> picks from the mirror, each with the formats that read it.</summary>
    private static List<(IReferenceFormat Format, string Path)> Fetch(string mirror, string rawHome)
    {
        bool? Recognise(string dataset, string path)
        {
            var formats = ReferenceFormats.All.Where(f => f.Dataset == dataset).ToList();
            return formats.Count == 0 ? null : formats.Any(f => f.Recognises(path));
        }
        var fetcher = new Fetcher(rawHome, Recognise);
        fetcher.FetchFromMirror(new Mirror(mirror, Recognise), DatasetCatalog.Select(null), null, CancellationToken.None);
        return [.. fetcher.Store.List().SelectMany(f => ReferenceFormats.All.Where(r => r.Dataset == f.Dataset && r.Recognises(f.Path)).Select(r => (r, f.Path)))];
    }

    private static IWarehouse Open(string engine, string home, string postgres, WarehouseAccess access) => engine == "sqlite"
        ? SqliteWarehouse.OpenHome(home, access)
        : PostgresWarehouse.Open(postgres, access, Path.Combine(home, "reports"));

    /// <summary>An empty store: a new home folder, or every CodeBrief table dropped from the database.</summary>
    private static void Reset(string engine, string home, string postgres)
    {
        if (engine == "sqlite")
        {
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
            Directory.CreateDirectory(home);
            return;
        }
        using var connection = new Npgsql.NpgsqlConnection(PostgresLocation.Parse(postgres).ConnectionString);
        connection.Open();
        using var drop = new Npgsql.NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        drop.ExecuteNonQuery();
    }

    private static long LoadAll(IWarehouse warehouse, List<(IReferenceFormat Format, string Path)> files)
    {
        using (warehouse)
            return files.Sum(f => warehouse.Writer.Load(f.Format, f.Path, new LoadOptions(), null, CancellationToken.None).Source.RowsLoaded);
    }

    private static (double Seconds, long Rows) Time(Func<long> work)
    {
        var watch = Stopwatch.StartNew();
        var rows = work();
        return (watch.Elapsed.TotalSeconds, rows);
    }
}
