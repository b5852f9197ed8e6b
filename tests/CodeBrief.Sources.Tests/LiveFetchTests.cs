using CodeBrief.Sources.Live;
using CodeBrief.Testing;

namespace CodeBrief.Sources.Tests;

/// <summary>The live fetchers against a local server answering in the Coverage API's and data API's shapes.</summary>
public sealed class LiveFetchTests : IDisposable
{
    private readonly FakeCmsApi _api = new();
    private readonly TempHome _home = new();
    private readonly HttpClient _http = LiveHttp.CreateClient(UrlMap.Parse(""), TimeSpan.FromMilliseconds(1));

    private readonly StepClock _clock = new();

    private RawStore Store => new(_home.Path);

    /// <summary>A clock the test moves, so a re-run happens visibly later than the first run.</summary>
    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private Task<LiveSourceReport> Coverage(bool license = true, Uri? baseUrl = null) =>
        new CoverageFetcher(_http, baseUrl ?? _api.BaseUrl, Store, _clock).FetchAsync(license, null, CancellationToken.None);

    private Task<LiveSourceReport> Utilization(params string[] codes) =>
        new UtilizationFetcher(_http, _api.BaseUrl, Store, _clock, pageSize: 2).FetchAsync(codes, null, CancellationToken.None);

    private string Raw(string dataset, string file) => File.ReadAllText(Path.Combine(Store.DatasetFolder(dataset), file));

    private bool RawExists(string dataset) => Directory.Exists(Store.DatasetFolder(dataset)) && Directory.EnumerateFiles(Store.DatasetFolder(dataset)).Any();

    [Fact]
    public async Task Coverage_writes_every_article_in_the_MCD_column_names_with_endpoint_and_retrieved_at()
    {
        var report = await Coverage();

        report.Failure.ShouldBeNull();
        report.Files.Select(f => f.Dataset).ShouldBe(["lcd-article", "lcd-article-icd10", "lcd-article-icd10-noncovered", "lcd-article-hcpc",
            "lcd-article-icd10-group", "lcd-article-hcpc-modifier"]);
        var covered = Raw("lcd-article-icd10", "article_x_icd10_covered.csv").Split("\r\n");
        covered[0].ShouldBe("\"article_id\",\"article_version\",\"icd10_code_id\",\"icd10_code_version\",\"icd10_covered_group\",\"range\",\"sort_order\",\"description\",\"asterisk\",\"last_updated\",\"endpoint\",\"retrieved_at\"");
        covered[1].ShouldStartWith($"\"99911\",\"3\",\"E78.5\",\"1\",\"1\",\"\",\"1\",\"Hyperlipidemia, unspecified\",\"\",\"10/01/2025\",\"{_api.BaseUrl}v1/data/article/icd10-covered?articleid=99911&ver=3\",\"20");
        covered.Count(l => l.Length > 0).ShouldBe(1 + 4 + 2 + 1);
        Raw("lcd-article-hcpc", "article_x_hcpc_code.csv").ShouldContain("\"99912\",\"5\",\"80061\"");
        // List + states + token + 3 articles × (record, primary-jurisdiction, covered, non-covered, hcpc-code, covered groups, modifiers).
        report.Requests.ShouldBe(3 + 3 * 7);
        var groups = Raw("lcd-article-icd10-group", "article_x_icd10_covered_group.csv").Split("\r\n");
        groups[0].ShouldBe("\"article_id\",\"article_version\",\"icd10_covered_group\",\"paragraph\",\"icd10_covered_ast\",\"last_updated\",\"endpoint\",\"retrieved_at\"");
        groups[1].ShouldStartWith("\"99911\",\"3\",\"1\",\"Group 1 (illustrative): lipid disorders and cardiovascular risk.\",\"\",\"10/01/2025\",");
        groups.Count(l => l.Length > 0).ShouldBe(1 + 2);
        var modifiers = Raw("lcd-article-hcpc-modifier", "article_x_hcpc_modifier.csv").Split("\r\n");
        modifiers[0].ShouldBe("\"article_id\",\"article_version\",\"hcpc_modifier_code_id\",\"hcpc_modifier_code_version\",\"hcpc_modifier_group\",\"description\",\"last_updated\",\"endpoint\",\"retrieved_at\"");
        modifiers[1].ShouldStartWith("\"99911\",\"3\",\"QW\",\"1\",\"1\",\"CLIA waived test\",");
        modifiers.Count(l => l.Length > 0).ShouldBe(1 + 2);
        _api.Requests.Single(r => r.StartsWith("/v1/data/article/hcpc-code?articleid=99911", StringComparison.Ordinal)).ShouldBe("/v1/data/article/hcpc-code?articleid=99911&ver=3");
    }

    [Fact]
    public async Task Coverage_report_carries_each_articles_primary_jurisdiction_states_by_name()
    {
        (await Coverage()).Failure.ShouldBeNull();

        var lines = Raw("lcd-article", "local-coverage-articles.csv").Split("\r\n");
        lines[0].ShouldContain("\"url\",\"jurisdiction\",\"endpoint\"");
        // The report row's last three fields: jurisdiction, endpoint, retrieved-at.
        lines.Single(l => l.StartsWith("\"Example MAC One, LLC\n(MAC - Part B)\",\"A99911\"", StringComparison.Ordinal)).ShouldContain("\",\"California; Nevada\",\"");
        lines.Single(l => l.Contains("\"A99912\"", StringComparison.Ordinal)).ShouldContain("\",\"New York\",\"");
        // A state id the states list lacks is kept as the id, not dropped.
        lines.Single(l => l.Contains("\"A99913\"", StringComparison.Ordinal)).ShouldContain("\",\"state 99\",\"");
    }

    [Fact]
    public async Task Coverage_rerun_asks_only_for_the_list_and_token_and_writes_the_same_bytes()
    {
        var first = await Coverage();
        var before = _api.Requests.Count;
        _clock.Now = _clock.Now.AddHours(1);

        var second = await Coverage();

        (_api.Requests.Count - before).ShouldBe(3);
        _api.Requests.Skip(before).ShouldBe(["/v1/reports/local-coverage-articles/", "/v1/metadata/states/", "/v1/metadata/license-agreement/"]);
        second.Requests.ShouldBe(3);
        second.Cached.ShouldBe(3 * 7);
        second.Files.ShouldAllBe(f => f.Outcome == FetchOutcome.Unchanged);
        first.Files.Select(f => f.Sha256).ShouldBe(second.Files.Select(f => f.Sha256));
    }

    [Fact]
    public async Task Coverage_without_the_licence_never_asks_for_CPT_lists_and_says_why()
    {
        var report = await Coverage(license: false);

        report.Failure.ShouldBeNull();
        _api.Count("/v1/data/article/hcpc-code").ShouldBe(0);
        _api.Count("/v1/metadata/license-agreement/").ShouldBe(0);
        RawExists("lcd-article-hcpc").ShouldBeFalse();
        RawExists("lcd-article-icd10").ShouldBeTrue();
        // Modifiers are gated with the code lists; the group paragraphs are not.
        _api.Count("/v1/data/article/hcpc-modifier").ShouldBe(0);
        RawExists("lcd-article-hcpc-modifier").ShouldBeFalse();
        RawExists("lcd-article-icd10-group").ShouldBeTrue();
        report.Notes.ShouldContain(n => n.Contains("licence terms are not accepted", StringComparison.Ordinal) && n.Contains("--accept-cms-license", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coverage_token_refused_stores_the_diagnoses_and_not_the_code_lists()
    {
        _api.Fault = (path, _) => path.StartsWith("/v1/metadata/license-agreement/", StringComparison.Ordinal) ? (403, """{"message":"Forbidden","code":403}""") : null;

        var report = await Coverage();

        report.Failure.ShouldBeNull();
        report.Notes.ShouldContain(n => n.Contains("refused the licence token", StringComparison.Ordinal) && n.Contains("403", StringComparison.Ordinal));
        _api.Count("/v1/data/article/hcpc-code").ShouldBe(0);
        RawExists("lcd-article-hcpc").ShouldBeFalse();
        RawExists("lcd-article-icd10").ShouldBeTrue();
    }

    [Fact]
    public async Task Coverage_token_rejected_by_the_code_endpoint_drops_all_code_lists()
    {
        _api.Fault = (path, _) => path.StartsWith("/v1/data/article/hcpc-code", StringComparison.Ordinal) ? (401, """{"message":"expired","code":401}""") : null;

        var report = await Coverage();

        report.Failure.ShouldBeNull();
        report.Notes.ShouldContain(n => n.Contains("refused the licence token", StringComparison.Ordinal));
        RawExists("lcd-article-hcpc").ShouldBeFalse();
    }

    [Fact]
    public async Task A_429_is_retried_with_backoff_and_the_fetch_succeeds()
    {
        const string target = "/v1/data/article/icd10-covered?articleid=99912&ver=5";
        _api.Fault = (path, times) => path == target && times < 2 ? (429, """{"message":"Too Many Requests","code":429}""") : null;

        var report = await Coverage();

        report.Failure.ShouldBeNull();
        _api.Requests.Count(r => r == target).ShouldBe(3);
        Raw("lcd-article-icd10", "article_x_icd10_covered.csv").ShouldContain("\"99912\",\"5\",\"I10\"");
    }

    [Fact]
    public async Task A_500_that_persists_fails_the_source_naming_the_endpoint_and_stores_nothing()
    {
        const string target = "/v1/data/article/icd10-noncovered?articleid=99911&ver=3";
        _api.Fault = (path, _) => path == target ? (500, """{"message":"Internal Server Error","code":500}""") : null;

        var report = await Coverage();

        report.Failure.ShouldNotBeNull();
        report.Failure.ShouldContain(target);
        report.Failure.ShouldContain("500");
        _api.Requests.Count(r => r == target).ShouldBe(1 + LiveHttp.MaxRetries);
        report.Files.ShouldBeEmpty();
        Store.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_truncated_body_fails_the_source_and_stores_nothing()
    {
        _api.Fault = (path, _) => path.StartsWith("/v1/data/article/icd10-covered?articleid=99911", StringComparison.Ordinal)
            ? (200, """{"meta":{"status":{"id":200}},"data":[{"article_id":99911,"article_version":3,"icd10_co""") : null;

        var report = await Coverage();

        report.Failure.ShouldNotBeNull();
        report.Failure.ShouldContain("/v1/data/article/icd10-covered?articleid=99911&ver=3");
        report.Failure.ShouldContain("not whole JSON");
        Store.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_renamed_field_fails_naming_the_endpoint_and_field_and_stores_nothing()
    {
        _api.Fault = (path, _) => path.StartsWith("/v1/data/article/icd10-covered?articleid=99912", StringComparison.Ordinal)
            ? (200, """{"meta":{"status":{"id":200}},"data":[{"article_id":99912,"article_version":5,"icd10_code":"E78.5"}]}""") : null;

        var report = await Coverage();

        report.Failure.ShouldNotBeNull();
        report.Failure.ShouldContain("/v1/data/article/icd10-covered?articleid=99912&ver=5");
        report.Failure.ShouldContain("no field \"icd10_code_id\"");
        Store.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_version_gone_between_list_and_fetch_is_left_out_with_a_note_and_the_rest_is_stored()
    {
        _api.Disappeared.Add("99913");

        var report = await Coverage();

        report.Failure.ShouldBeNull();
        report.Notes.ShouldContain(n => n.Contains("A99913 version 2", StringComparison.Ordinal) && n.Contains("no longer serves", StringComparison.Ordinal));
        var list = Raw("lcd-article", "local-coverage-articles.csv");
        list.ShouldContain("\"A99911\"");
        list.ShouldNotContain("\"A99913\"");
        Raw("lcd-article-icd10", "article_x_icd10_covered.csv").ShouldNotContain("\"99913\"");
        _api.Count("/v1/data/article/icd10-covered?articleid=99913").ShouldBe(0);
    }

    [Fact]
    public async Task Offline_is_reported_as_unreachable_and_stores_nothing()
    {
        var closed = new Uri("http://127.0.0.1:9/");

        var report = await Coverage(baseUrl: closed);

        report.Failure.ShouldNotBeNull();
        report.Unreachable.ShouldBeTrue();
        report.Failure.ShouldContain("could not be reached");
        Store.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_DNS_failure_is_reported_as_unreachable()
    {
        var report = await Coverage(baseUrl: new Uri("http://coverage.codebrief-test.invalid/"));

        report.Unreachable.ShouldBeTrue();
        report.Failure!.ShouldContain("coverage.codebrief-test.invalid");
    }

    [Fact]
    public async Task The_URL_map_sends_the_public_endpoint_to_the_local_server()
    {
        using var mapped = LiveHttp.CreateClient(UrlMap.Parse($"https://api.coverage.cms.gov={_api.BaseUrl.ToString().TrimEnd('/')}"), TimeSpan.FromMilliseconds(1));

        var report = await new CoverageFetcher(mapped, LiveEndpoints.DefaultCoverage, Store, TimeProvider.System).FetchAsync(false, null, CancellationToken.None);

        report.Failure.ShouldBeNull();
        _api.Count("/v1/reports/local-coverage-articles/").ShouldBe(1);
    }

    [Fact]
    public async Task Utilization_pages_by_size_and_offset_finds_the_newest_year_and_filters_provider_rows_by_code()
    {
        var report = await Utilization("80061");

        report.Failure.ShouldBeNull();
        report.Files.Select(f => f.FileName).ShouldBe([
            "Medicare_Physician_Other_Practitioners_by_Geography_and_Service_2023.csv",
            "Medicare_Physician_Other_Practitioners_by_Provider_and_Service_2023.csv"]);
        // 4 geography rows in pages of 2: offsets 0, 2 and the empty page at 4; 4 provider rows of 80061 likewise.
        _api.Requests.Where(r => r.Contains(FakeCmsApi.GeoId, StringComparison.Ordinal)).ShouldBe([
            $"/data-api/v1/dataset/{FakeCmsApi.GeoId}/data?size=2&offset=0",
            $"/data-api/v1/dataset/{FakeCmsApi.GeoId}/data?size=2&offset=2",
            $"/data-api/v1/dataset/{FakeCmsApi.GeoId}/data?size=2&offset=4"]);
        _api.Count($"/data-api/v1/dataset/{FakeCmsApi.ProviderId}/data?filter%5BHCPCS_Cd%5D=80061").ShouldBe(3);
        _api.Count("/data-api/v1/dataset/00000000-old0").ShouldBe(0);
        var provider = Raw("medicare-utilization-provider", report.Files[1].FileName).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        provider.Length.ShouldBe(1 + 4);
        provider.ShouldAllBe(l => !l.Contains("82465", StringComparison.Ordinal));
        Raw("medicare-utilization", report.Files[0].FileName).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1 + 4);
    }

    [Fact]
    public async Task Utilization_rerun_asks_only_for_the_catalogue()
    {
        await Utilization("80061");
        var before = _api.Requests.Count;
        _clock.Now = _clock.Now.AddHours(1);

        var second = await Utilization("80061");

        _api.Requests.Skip(before).ShouldBe(["/data.json"]);
        second.Files.ShouldAllBe(f => f.Outcome == FetchOutcome.Unchanged);
    }

    [Fact]
    public async Task Utilization_renamed_column_fails_naming_the_page_and_column()
    {
        _api.Fault = (path, _) => path.Contains(FakeCmsApi.GeoId, StringComparison.Ordinal) && path.EndsWith("offset=2", StringComparison.Ordinal)
            ? (200, """[{"Rndrng_Prvdr_Geo_Lvl":"National","HCPCS_Cd":"80061","Total_Services":"1"}]""") : null;

        var report = await Utilization();

        report.Failure.ShouldNotBeNull();
        report.Failure.ShouldContain($"/data-api/v1/dataset/{FakeCmsApi.GeoId}/data?size=2&offset=2");
        report.Failure.ShouldContain("no field \"Rndrng_Prvdr_Geo_Cd\"");
        Store.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task Utilization_interrupted_run_resumes_from_the_cached_pages()
    {
        _api.Fault = (path, _) => path.EndsWith("offset=4", StringComparison.Ordinal) ? (500, "{}") : null;
        (await Utilization()).Failure.ShouldNotBeNull();
        _api.Fault = null;
        var before = _api.Requests.Count;

        var report = await Utilization();

        report.Failure.ShouldBeNull();
        _api.Requests.Skip(before).ShouldBe(["/data.json", $"/data-api/v1/dataset/{FakeCmsApi.GeoId}/data?size=2&offset=4"]);
    }

    public void Dispose()
    {
        _http.Dispose();
        _api.Dispose();
        _home.Dispose();
    }
}
