using System.Globalization;
using System.Text;
using CodeBrief.Sources;
using CodeBrief.Warehouse;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Tests.Crawl;

/// <summary>
/// The faults of real payer hosting, each reported per file with its URL and offset while the other files go on, and
/// nothing of a failed file in the store. Shares <see cref="RatesFetchTests"/>'s collection: both set <c>CODEBRIEF_URL_MAP</c>.
/// </summary>
[Collection(CrawlCollection.Name)]
public sealed class RatesFetchFaultTests : IDisposable
{
    private const string Host = "https://mrf.acme-payer.test";
    private readonly string _home = Path.Combine(Path.GetTempPath(), "codebrief-crawl-" + Guid.NewGuid().ToString("N"));
    private readonly string? _savedMap = Environment.GetEnvironmentVariable(UrlMap.Variable);

    public RatesFetchFaultTests() => Directory.CreateDirectory(_home);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(UrlMap.Variable, _savedMap);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private async Task<CliRun> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CodeBriefApp.RunAsync([.. args, "--home", _home], output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static string Toc(long future)
    {
        static string F(string location) => $$"""{"description":"in-network file","location":"{{location}}"}""";
        return $$$"""
            {"reporting_entity_name":"Acme Test Payer (synthetic)","reporting_entity_type":"health insurance issuer","last_updated_on":"2026-11-01","version":"1.0.0",
             "reporting_structure":[
              {"reporting_plans":[{"plan_name":"Acme PPO","plan_id_type":"EIN","plan_id":"11-1111111","plan_market_type":"group"},
                                  {"plan_name":"Acme PPO Plus","plan_id_type":"EIN","plan_id":"11-1111112","plan_market_type":"group"}],
               "in_network_files":[{{{F($"{Host}/ok-a.json.gz?Expires={future}&Signature=first&Key-Pair-Id=K1")}}},{{{F($"{Host}/missing.json.gz")}}},
                 {{{F($"{Host}/expired.json.gz?Expires=1700000000&Signature=old&Key-Pair-Id=K1")}}},{{{F($"{Host}/changing.json.gz")}}},{{{F($"{Host}/truncated.json.gz")}}}],
               "allowed_amount_file":{"description":"allowed amounts","location":"{{{Host}}}/allowed.json"}},
              {"reporting_plans":[{"plan_name":"Acme HMO","plan_id_type":"EIN","plan_id":"11-1111113","plan_market_type":"group"}],
               "in_network_files":[{{{F($"{Host}/ok-a.json.gz?Expires={future}&Signature=second&Key-Pair-Id=K1")}}},{{{F($"{Host}/flaky.json.gz")}}},
                 {{{F($"{Host}/limited.json.gz")}}},{{{F($"{Host}/refs.json.gz")}}},{{{F($"{Host}/page.json")}}}]},
              {"reporting_plans":[{"plan_name":"Other plan","plan_id_type":"EIN","plan_id":"22-2222222","plan_market_type":"group"}],
               "in_network_files":[{{{F($"{Host}/other.json.gz")}}}]}]}
            """;
    }

    [Fact]
    public async Task RatesFetch_FaultyHost_ReportsEachFailureWithUrlAndOffsetAndStoresOnlyTheGoodFiles()
    {
        using var server = new TicServer();
        Environment.SetEnvironmentVariable(UrlMap.Variable, $"{Host}={server.BaseUrl}/acme");
        var future = DateTimeOffset.UtcNow.AddDays(7).ToUnixTimeSeconds();
        server.File("/acme/toc.json", Encoding.UTF8.GetBytes(Toc(future)), "application/json");
        const string Payer = "Acme Test Payer";
        server.File("/acme/ok-a.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 101m));
        server.Status("/acme/expired.json.gz", 403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>", "text/xml");
        var changing = server.File("/acme/changing.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 104m));
        changing.ChunkSize = 64;
        changing.BreakOffOnce = 100;
        changing.AfterBreak = r => { r.ETag = "\"v2\""; r.Body = CrawlFixtures.SyntheticInNetwork(Payer, 114m); };
        var whole = CrawlFixtures.SyntheticInNetwork(Payer, 105m);
        server.File("/acme/truncated.json.gz", whole[..(whole.Length * 6 / 10)]);
        server.File("/acme/flaky.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 106m)).FailFirst = (2, 503, null);
        server.File("/acme/limited.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 107m)).FailFirst = (1, 429, 1);
        server.File("/acme/refs.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 108m, "43235",
            $"{Host}/refs/good.json", $"{Host}/refs/loop.json", $"{Host}/refs/html.json"));
        server.File("/acme/refs/good.json", CrawlFixtures.ProviderReferenceFile(7), "application/json");
        server.Redirect("/acme/refs/loop.json", $"{Host}/refs/loop-back.json");
        server.Redirect("/acme/refs/loop-back.json", $"{Host}/refs/loop.json");
        server.Status("/acme/refs/html.json", 200, "<!DOCTYPE html><html><body>Sign in</body></html>", "text/html");
        server.Status("/acme/page.json", 200, "<html><body>Our files moved</body></html>", "text/html");
        server.File("/acme/other.json.gz", CrawlFixtures.SyntheticInNetwork(Payer, 109m));
        // The payer is found by name in the home's payers.json, which extends the shipped list.
        await File.WriteAllTextAsync(Path.Combine(_home, "payers.json"),
            $$"""{"payers":[{"name":"Acme Test Payer","family":"test","entry_points":[{"kind":"toc","url":"{{Host}}/toc.json","source":"this test"}]}]}""");

        var run = await Run("rates", "fetch", "--payer", "Acme Test Payer", "--plan", "Acme", "--codes", "43235", "--retry-delay", "0.01");

        run.ExitCode.ShouldBe(ExitCodes.Findings, run.Output + run.Error);
        // ok-a is listed by three plans under two signatures: one file. The "Other plan" structure is not chosen.
        run.Output.ShouldContain("9 file(s): 4 loaded, 0 already in the store, 0 done by an earlier run, 5 failed.");
        run.Output.ShouldContain("ok-a.json.gz | 3 | loaded | 1 |");
        run.Output.ShouldNotContain("other.json.gz");
        run.Output.ShouldContain($"failed: {Host}/missing.json.gz | NotFound at offset 0 |");
        run.Output.ShouldContain($"failed: {Host}/expired.json.gz?Expires=1700000000&Signature=old&Key-Pair-Id=K1 | ExpiredLink at offset 0 |");
        run.Output.ShouldContain("the signed link expired on 2023-11-14 22:13 UTC");
        run.Output.ShouldContain($"failed: {Host}/changing.json.gz | Changed at offset 100 |");
        run.Output.ShouldMatch($@"failed: {System.Text.RegularExpressions.Regex.Escape(Host)}/truncated\.json\.gz \| (Truncated|Corrupt) at offset [0-9]+ \|");
        run.Output.ShouldContain($"failed: {Host}/page.json | Html at offset 0 |");
        run.Output.ShouldContain($"provider reference failed: {Host}/refs/loop.json | RedirectLoop at offset 0 |");
        run.Output.ShouldContain($"provider reference failed: {Host}/refs/html.json | Html at offset 0 |");
        run.Output.ShouldContain("refs.json.gz | 1 | loaded | 1 | 3 | 2");
        // 503 twice then served; 429 with Retry-After: 1 waited at least that long before the next try.
        server.Requests.Count(r => r.Path == "/acme/flaky.json.gz").ShouldBe(3);
        var limited = server.Arrivals.Where(a => a.Path == "/acme/limited.json.gz").Select(a => a.At).ToList();
        limited.Count.ShouldBe(2);
        (limited[1] - limited[0]).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900));

        // Only the good files reached the store; the file with a good and two failed references carries the good group's NPIs.
        using (var warehouse = WarehouseTarget.InHome(_home).Open(WarehouseAccess.ReadOnly))
        {
            var rates = warehouse.Rates.FeeForServiceRates("43235");
            rates.Select(r => r.Rate).Order().ShouldBe([101m, 106m, 107m, 108m]);
            rates.Single(r => r.Rate == 108m).Npis.Order(StringComparer.Ordinal).ShouldBe(["1234567893", "1900000014", "1900000015"]);
        }

        // Run again: the loaded files are done; the failed ones are tried again. The file that changed is now read
        // whole in its new version (rate 114); the others fail again.
        var again = await Run("rates", "fetch", "--payer", "Acme Test Payer", "--plan", "Acme", "--codes", "43235", "--retry-delay", "0.01");
        again.ExitCode.ShouldBe(ExitCodes.Findings);
        again.Output.ShouldContain("9 file(s): 1 loaded, 0 already in the store, 4 done by an earlier run, 4 failed.");
        using (var warehouse = WarehouseTarget.InHome(_home).Open(WarehouseAccess.ReadOnly))
            warehouse.Rates.FeeForServiceRates("43235").Select(r => r.Rate).Order().ShouldBe([101m, 106m, 107m, 108m, 114m]);
    }
}
