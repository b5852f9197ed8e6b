using System.Globalization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tic;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CodeBrief.Web.Benchmarks;

/// <summary>
/// <c>--soak SECONDS</c>: <c>serve</c> under a bounded loopback load, first on a quiet warehouse (the baseline) and then
/// while reference loads (two CLFS quarters in turn) and payer ingests (a synthetic file, new bytes each time) commit in a
/// loop through the real loaders. Reports requests, errors (must be 0) and p99 of each phase, and the loads committed.
/// </summary>
public static class SoakBenchmark
{
    private static readonly string[] Paths = ["/codes/82331", "/codes/86320", "/api/codes/83789", "/api/codes/86320/benchmarks", "/api/search?q=calcium", "/sources", "/codes/99213"];

    public static async Task<int> RunAsync(double seconds, int concurrency)
    {
        var home = Path.Combine(Path.GetTempPath(), "codebrief-soak-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        var database = StoreLocation.SqliteFileIn(home);
        using (var fixture = FixtureWarehouse.Open()) fixture.CopyTo(database);
        var (clfsNow, clfsNext) = ClfsQuarters(home);
        try
        {
            await using var app = WebHost.Build(new WebHostOptions
            {
                OpenWarehouse = () => SqliteWarehouse.Open(database, WarehouseAccess.ReadOnly, Path.Combine(home, "reports"), pooled: true),
                Store = database,
                Urls = "http://127.0.0.1:0",
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(address) };
            await SoakRunner.RunAsync(client, Paths, concurrency, TimeSpan.FromSeconds(2)); // warm-up

            var quiet = await SoakRunner.RunAsync(client, Paths, concurrency, TimeSpan.FromSeconds(seconds));
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() => CommitInALoop(home, database, clfsNow, clfsNext, stop.Token));
            var busy = await SoakRunner.RunAsync(client, Paths, concurrency, TimeSpan.FromSeconds(seconds));
            await stop.CancelAsync();
            var (loads, ingests) = await writer;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CodeBrief soak: {concurrency} concurrent clients over {Paths.Length} paths for {seconds:0} s a phase, {Environment.ProcessorCount} cores, loopback"));
            Console.WriteLine("| phase | requests | errors | p50 ms | p99 ms | p99 / quiet | loads committed |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| quiet warehouse (baseline) | {quiet.Requests:N0} | {quiet.Errors.Count} | {quiet.P50Ms:0.00} | {quiet.P99Ms:0.00} | 1.00 | 0 |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| loads and ingests committing | {busy.Requests:N0} | {busy.Errors.Count} | {busy.P50Ms:0.00} | {busy.P99Ms:0.00} | {busy.P99Ms / quiet.P99Ms:0.00} | {loads} CLFS loads, {ingests} payer ingests |"));
            foreach (var error in quiet.Errors.Concat(busy.Errors).Distinct().Take(10)) Console.WriteLine("error: " + error);
            return quiet.Errors.Count + busy.Errors.Count == 0 && loads > 0 && ingests > 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>Loads the two CLFS quarters in turn and ingests a new synthetic payer file, each in its own transaction, until stopped.</summary>
    private static (int Loads, int Ingests) CommitInALoop(string home, string database, string clfsNow, string clfsNext, CancellationToken stop)
    {
        var loads = 0;
        var ingests = 0;
        var clfs = ReferenceFormats.All.Single(f => f.Dataset == "clfs");
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            using var warehouse = SqliteWarehouse.Open(database, WarehouseAccess.ReadWrite, Path.Combine(home, "reports"));
            warehouse.Writer.Load(clfs, round % 2 == 0 ? clfsNext : clfsNow, new LoadOptions(), null, CancellationToken.None);
            loads++;
            var payer = Path.Combine(home, $"payer-{round}.json");
            TicSynthesizer.Write(new SynthOptions("Soak Health", ["86320", "82331", "83789"], 200_000, 2, Seed: round), payer);
            warehouse.Rates.Ingest(payer, new TicLoadOptions(null, null, CodeFilter.All), CancellationToken.None);
            ingests++;
        }
        return (loads, ingests);
    }

    /// <summary>The mirror's CLFS quarter, and a next quarter with one national limit changed, as files under the home.</summary>
    private static (string Now, string Next) ClfsQuarters(string home)
    {
        var now = Path.Combine(home, "CLFS 2025 Q2V1.csv");
        var next = Path.Combine(home, "CLFS 2025 Q3V1.csv");
        var lines = File.ReadAllLines(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        File.WriteAllLines(now, lines);
        lines[1009] = lines[1009].Replace(",00013.34,", ",00014.00,", StringComparison.Ordinal);
        File.WriteAllLines(next, lines);
        return (now, next);
    }
}
