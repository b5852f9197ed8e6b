using System.Globalization;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Web;
using CodeBrief.Web.Benchmarks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WarehouseAccess = CodeBrief.Warehouse.WarehouseAccess;

// Load benchmark of `codebrief serve` on loopback: a fixed number of requests with bounded concurrency against a brief
// page, the JSON brief and a trivial /healthz measured in the same run (the ratio says what the brief costs over Kestrel).
// usage: dotnet run -c Release --project bench/CodeBrief.Web.Benchmarks -- [--warehouse FILE] [--requests N] [--concurrency C] [--code CODE]
//        or: ... -- --soak SECONDS [--concurrency C]   serve while loads and ingests commit in a loop (errors must be 0)
if (Arg("--soak") is { } soak)
    return await SoakBenchmark.RunAsync(double.Parse(soak, CultureInfo.InvariantCulture), int.Parse(Arg("--concurrency") ?? "8", CultureInfo.InvariantCulture));
var warehouse = Arg("--warehouse");
var requests = int.Parse(Arg("--requests") ?? "20000", CultureInfo.InvariantCulture);
var concurrency = int.Parse(Arg("--concurrency") ?? "16", CultureInfo.InvariantCulture);
var code = Arg("--code") ?? "86320";
string? temp = null;
if (warehouse is null)
{
    temp = Path.Combine(Path.GetTempPath(), "codebrief-webbench-" + Guid.NewGuid().ToString("N") + ".db");
    using var fixture = FixtureWarehouse.Open();
    using var source = new SqliteConnection($"Data Source={fixture.Warehouse.Path};Mode=ReadOnly;Pooling=False");
    using var file = new SqliteConnection($"Data Source={temp};Pooling=False");
    source.Open();
    file.Open();
    source.BackupDatabase(file);
    using var journal = file.CreateCommand();
    journal.CommandText = "PRAGMA journal_mode=DELETE"; // the fixture is in WAL mode; the copy leaves no -wal or -shm file behind
    journal.ExecuteNonQuery();
    warehouse = temp;
}

try
{
    var reports = Path.Combine(Path.GetTempPath(), "codebrief-webbench-reports");
    await using var app = WebHost.Build(new WebHostOptions
    {
        OpenWarehouse = () => SqliteWarehouse.Open(warehouse, WarehouseAccess.ReadOnly, reports, pooled: true),
        Store = warehouse,
        Urls = "http://127.0.0.1:0",
    });
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(address) };

    Console.WriteLine($"CodeBrief web load benchmark: {requests:N0} requests per target, {concurrency} concurrent, {Environment.ProcessorCount} cores, server and client in one process, {address}");
    Console.WriteLine($"warehouse: {(temp is null ? warehouse : "fixture warehouse of real rows (tests/Fixtures)")}");
    var targets = new (string Name, string Path)[] { ("healthz", "/healthz"), ("brief page", $"/codes/{code}"), ("JSON brief", $"/api/codes/{code}") };
    foreach (var (name, path) in targets)   // warm-up: JIT, connection pool, brief cache
        await LoadRunner.RunAsync(client, name, path, Math.Min(2000, requests), concurrency);

    var results = new List<LoadResult>();
    foreach (var (name, path) in targets)
        results.Add(await LoadRunner.RunAsync(client, name, path, requests, concurrency));
    var baseline = results[0].PerSecond;
    Console.WriteLine($"{"target",-12} {"path",-22} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"bytes",8} {"fail",5} {"vs healthz",10}");
    foreach (var r in results)
        Console.WriteLine($"{r.Name,-12} {r.Path,-22} {r.PerSecond,10:N0} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {r.Bytes,8:N0} {r.Failures,5} {r.PerSecond / baseline,10:P0}");
    var page = results[1];
    var pass = page.PerSecond >= 2000 && page.P99Ms < 20 && page.Failures == 0;
    Console.WriteLine($"target (brief page >= 2,000 req/s at p99 < 20 ms): {(pass ? "met" : "NOT met")}");
    return pass ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    if (temp is not null) File.Delete(temp);
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
