using System.Globalization;
using System.Text.Json;
using CodeBrief.Sources;
using CodeBrief.Warehouse;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Tests.Crawl;

/// <summary>
/// <c>codebrief rates fetch</c> against a local HTTP server in the payers' real shapes. One class, so its tests (which
/// set <c>CODEBRIEF_URL_MAP</c> for the process) never run at the same time.
/// </summary>
[Collection(CrawlCollection.Name)]
public sealed class RatesFetchTests : IDisposable
{
    private const string Codes = "43235,43239,47562";

    /// <summary>The one in-network file of the BCBS TX table not on bcbstx.mrf.bcbs.com sits in Azure blob storage.</summary>
    private const string AzureHost = "app0004702110a5prdnc685.blob.core.windows.net";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "codebrief-crawl-" + Guid.NewGuid().ToString("N"));
    private readonly string? _savedMap = Environment.GetEnvironmentVariable(UrlMap.Variable);

    public RatesFetchTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(UrlMap.Variable, _savedMap);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private string Home(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static async Task<CliRun> Run(string home, CancellationToken ct, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CodeBriefApp.RunAsync([.. args, "--home", home], output, error, ct);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Serves the real BCBS TX table of contents (its host mapped here), the real CareFirst file as its first
    /// in-network file, synthetic files for the other 261 (one of them on an Azure blob host), and a provider-reference file for each of CareFirst's 370 locations.</summary>
    private static TicServer ServeBcbsTx(out string tocUrl)
    {
        var server = new TicServer();
        server.File("/bcbstx/2024-10-21_Blue-Cross-and-Blue-Shield-of-Texas_161531026_index.json", File.ReadAllBytes(CrawlFixtures.BcbsTxToc), "application/json");
        var locations = CrawlFixtures.TocInNetworkLocations();
        for (var i = 0; i < locations.Count; i++)
        {
            var uri = new Uri(locations[i]);
            var path = (uri.Host == "bcbstx.mrf.bcbs.com" ? "/bcbstx" : "/azure") + uri.AbsolutePath;
            server.File(path, i == 0 ? File.ReadAllBytes(CrawlFixtures.CareFirstFile) : CrawlFixtures.SyntheticInNetwork("BCBS TX test payer", 400m + i));
        }
        var references = CrawlFixtures.CareFirstReferences();
        for (var i = 0; i < references.Count; i++)
            server.File("/carefirst" + new Uri(references[i].Location).AbsolutePath, CrawlFixtures.ProviderReferenceFile(i), "application/json");
        Environment.SetEnvironmentVariable(UrlMap.Variable, $"https://bcbstx.mrf.bcbs.com={server.BaseUrl}/bcbstx,https://mrf.carefirst.com={server.BaseUrl}/carefirst,https://{AzureHost}={server.BaseUrl}/azure");
        tocUrl = "https://bcbstx.mrf.bcbs.com/2024-10-21_Blue-Cross-and-Blue-Shield-of-Texas_161531026_index.json";
        return server;
    }

    private static List<string> Snapshot(string home)
    {
        using var warehouse = WarehouseTarget.InHome(home).Open(WarehouseAccess.ReadOnly);
        // Source ids depend on the order files finished; the group keys lose them, the rest is what the store holds.
        return [.. Codes.Split(',').SelectMany(code => warehouse.Rates.FeeForServiceRates(code).Select(r => string.Join(" | ", code, r.Payer, r.IsSynthetic,
                r.BillingClass, r.Setting, r.PlaceOfServiceSet, r.Modifiers, r.NegotiatedType, r.Rate.ToString(CultureInfo.InvariantCulture),
                string.Join(",", r.GroupIds.Select(g => g[(g.IndexOf(':', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal)),
                string.Join(",", r.Npis.Order(StringComparer.Ordinal)), string.Join(",", r.Tins.Order(StringComparer.Ordinal)))))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task RatesFetch_RealBcbsTxToc_ResolvesCareFirstReferencesAndAKilledRunResumesToTheSameStore()
    {
        using var server = ServeBcbsTx(out var toc);
        var straight = Home("straight");
        var resumed = Home("resumed");

        var first = await Run(straight, CancellationToken.None, "rates", "fetch", "--toc", toc, "--codes", Codes, "--parallel", "2", "--retry-delay", "0.01");
        first.ExitCode.ShouldBe(ExitCodes.Success, first.Output + first.Error);
        first.Output.ShouldContain("262 file(s): 262 loaded, 0 already in the store, 0 done by an earlier run, 0 failed.");
        // CareFirst's kept rates (43235, 43239, 47562) need some of its 370 remote references; every one resolved.
        first.Output.ShouldMatch(@"2024-11_102_11B0_in-network-rates_1_of_6\.json\.gz \| 2 \| loaded \| [1-9][0-9,]* \| [1-9][0-9]* \| 0");
        // Each needed provider-reference file was fetched once, and only the needed ones (not all 370).
        var fetched = server.Requests.Where(r => r.Path.StartsWith("/carefirst/", StringComparison.Ordinal)).Select(r => r.Path).ToList();
        fetched.Count.ShouldBe(fetched.Distinct(StringComparer.Ordinal).Count());
        fetched.Count.ShouldBeInRange(1, 369);

        // The same crawl killed half-way through the CareFirst body (other files done or in flight), then run again.
        var carefirst = "/bcbstx/2024-11_102_11B0_in-network-rates_1_of_6.json.gz";
        using (var kill = new CancellationTokenSource())
        {
            var route = server.File(carefirst, File.ReadAllBytes(CrawlFixtures.CareFirstFile));
            route.ChunkSize = 32 * 1024;
            route.ChunkDelay = TimeSpan.FromMilliseconds(100);
            route.OnSent = sent => { if (sent > 250_000) kill.Cancel(); };
            var killed = await Run(resumed, kill.Token, "rates", "fetch", "--toc", toc, "--codes", Codes, "--parallel", "2", "--retry-delay", "0.01");
            killed.ExitCode.ShouldBe(ExitCodes.Cancelled, killed.Output + killed.Error);
            killed.Error.ShouldContain("run the same command again to continue");
            route.OnSent = null;
            route.ChunkDelay = TimeSpan.Zero;
        }
        var before = server.Requests.Count;
        var again = await Run(resumed, CancellationToken.None, "rates", "fetch", "--toc", toc, "--codes", Codes, "--parallel", "2", "--retry-delay", "0.01");
        again.ExitCode.ShouldBe(ExitCodes.Success, again.Output + again.Error);
        again.Output.ShouldMatch(@"262 file\(s\): [0-9]+ loaded, 0 already in the store, [1-9][0-9]* done by an earlier run, 0 failed\.");
        // The CareFirst download continued from the bytes kept by the killed run.
        server.Requests.Skip(before).ShouldContain(r => r.Path == carefirst && r.Range.StartsWith("bytes=", StringComparison.Ordinal) && r.Range != "bytes=0-");

        var expected = Snapshot(straight);
        expected.Count.ShouldBeGreaterThan(261);
        Snapshot(resumed).ShouldBe(expected);

        // The state in the home: every file done, with the SHA-256 of the bytes loaded.
        var state = Directory.GetFiles(Path.Combine(resumed, "crawl"), "state.json", SearchOption.AllDirectories).ShouldHaveSingleItem();
        using (var doc = JsonDocument.Parse(await File.ReadAllTextAsync(state)))
        {
            var files = doc.RootElement.GetProperty("files").EnumerateObject().Select(p => p.Value).ToList();
            files.Count.ShouldBe(262);
            files.ShouldAllBe(f => f.GetProperty("status").GetString() == "done" && f.GetProperty("sha256").GetString()!.Length == 64);
        }

        // benchmarks 43235 counts NPIs and TINs from the resolved references: each synthetic group has two NPIs and one TIN of its own.
        var bench = await Run(resumed, CancellationToken.None, "benchmarks", "43235", "--json");
        bench.ExitCode.ShouldBe(0, bench.Error);
        using var json = JsonDocument.Parse(bench.Output);
        var carefirstBench = json.RootElement.GetProperty("benchmarks").EnumerateArray()
            .Single(b => b.GetProperty("payer").GetString() == "CareFirst BlueCross BlueShield");
        var groups = carefirstBench.GetProperty("groups").GetInt32();
        groups.ShouldBeGreaterThan(0);
        carefirstBench.GetProperty("npis").GetInt32().ShouldBe(2 * groups);
        carefirstBench.GetProperty("tins").GetInt32().ShouldBe(groups);
    }
}
