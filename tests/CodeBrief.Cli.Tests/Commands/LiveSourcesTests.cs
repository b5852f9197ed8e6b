using CodeBrief.Testing;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary>
/// <c>data fetch --live</c>, <c>data load</c> and <c>brief</c> end to end against a local server answering as the CMS
/// Coverage API and the data.cms.gov data API (<see cref="FakeCmsApi"/>; illustrative articles and figures). The base URLs
/// come from the environment, so the tests of this class run one at a time.
/// </summary>
[Collection(nameof(LiveSourcesTests))]
public sealed class LiveSourcesTests : IDisposable
{
    private readonly FakeCmsApi _api = new();
    private readonly FixtureHome _home = new();

    public LiveSourcesTests()
    {
        Point(_api.BaseUrl.ToString());
        Environment.SetEnvironmentVariable("CODEBRIEF_LIVE_BACKOFF_MS", "1");
        AddClfsRow(_home.Path, 529); // 80061 from the CLFS file: the fixture warehouse's code sets lack it
    }

    private static void Point(string url)
    {
        Environment.SetEnvironmentVariable("CODEBRIEF_COVERAGE_API", url);
        Environment.SetEnvironmentVariable("CODEBRIEF_DATA_CMS_API", url);
    }

    /// <summary>Adds the CLFS row on <paramref name="line"/> of the mirror's CLFS file to the home's warehouse (source 3 is that file).</summary>
    private static void AddClfsRow(string home, int line)
    {
        var f = File.ReadLines(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), System.Text.Encoding.Latin1).ElementAt(line - 1).Split(',');
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(home, "warehouse.db"), Pooling = false }.ToString());
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "INSERT INTO clfs VALUES ($code,$mod,$year,$eff,$ind,$rate,$sd,NULL,NULL,3,$row)";
        foreach (var (name, value) in new[] { ("$code", f[1]), ("$mod", f[2]), ("$year", f[0]), ("$eff", f[3]), ("$ind", f[4]), ("$rate", "13.39"), ("$sd", f[6]) })
            command.Parameters.AddWithValue(name, value);
        command.Parameters.AddWithValue("$row", line);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Brief_80061_lists_covered_diagnoses_by_article_and_ranks_provider_types_and_a_rerun_fetches_nothing_new()
    {
        (await _home.Run("data", "load", EvidenceFixtures.Path(EvidenceFixtures.Crosswalk))).Code.ShouldBe(0);

        var fetch = await _home.Run("data", "fetch", "--live", "--accept-cms-license", "--code", "80061");
        fetch.Code.ShouldBe(0, fetch.Err);
        fetch.Out.ShouldContain("downloaded lcd-article-icd10");
        File.Exists(Path.Combine(_home.Path, "cms-license-accepted")).ShouldBeTrue();
        var load = await _home.Run("data", "load");
        load.Code.ShouldBe(0, load.Out + load.Err);

        var (code, brief, err) = await _home.Run("brief", "80061");
        code.ShouldBe(0, err);
        brief.ShouldContain("2 Medicare billing-and-coding articles list this code; 2 contractors list it.");
        brief.ShouldContain("A99911 v3");
        brief.ShouldContain("Lipid Testing (illustrative)");
        brief.ShouldContain("Example MAC Two, Inc. (MAC - Part A, MAC - Part B)");
        // Jurisdiction beside the contractor: the article's primary-jurisdiction states, named through /v1/metadata/states/.
        brief.ShouldContain("| Example MAC One, LLC (MAC - Part B) | California; Nevada |");
        brief.ShouldContain("| Example MAC Two, Inc. (MAC - Part A, MAC - Part B) | New York |");
        // Modifiers the article lists (hcpc-modifier, licence accepted), and the covered codes under their group's paragraph.
        brief.ShouldContain("| QW (CLIA waived test); 91 (Repeat clinical diagnostic laboratory test (illustrative)) |");
        var group = brief.IndexOf("A99911 v3, covered group 1: Group 1 (illustrative): lipid disorders and cardiovascular risk. Codes listed in the group: ", StringComparison.Ordinal);
        group.ShouldBeGreaterThan(0, brief);
        var groupLine = brief[group..brief.IndexOf('\n', group)];
        foreach (var listed in new[] { "E78.5", "I10", "E11.9", "E78.00" }) groupLine.ShouldContain(listed, Case.Sensitive, brief);
        brief.ShouldContain("A99912 v5, covered group 1: Group 1 (illustrative): lipid disorders. Codes listed in the group: ", Case.Sensitive, brief);
        // Grounded: every code in the brief is loaded (or flagged as not in the code set), every number is in its dossier.
        using (var db = CodeBrief.Warehouse.Sqlite.SqliteWarehouse.OpenHome(_home.Path, CodeBrief.Warehouse.WarehouseAccess.ReadOnly))
            new GroundingCheck(db).Problems("80061", new CodeBrief.Dossier.DossierBuilder(db).Build("80061"), brief, []).ShouldBeEmpty();
        brief.ShouldContain("4 (3 in the loaded ICD-10-CM code set)");
        brief.ShouldContain("https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=99911&ver=3");
        // Covered codes confirmed by the fixture's ICD-10-CM rows, each cited to the article rows that list it.
        brief.ShouldContain("E78.5");
        brief.ShouldContain("LCD article A99911 version 3, covered group 1");
        var e785 = brief.Split('\n').First(l => l.StartsWith("| E78.5 ", StringComparison.Ordinal));
        e785.ShouldContain("\"article_x_icd10_covered.csv (2025-10-01), row 2\"");
        e785.ShouldContain("\"article_x_hcpc_code.csv (2025-10-01), row 2\"");
        brief.ShouldContain("not listed as diagnoses: E78.00.");
        brief.ShouldContain("Z00.00");
        // A99913 lists 82465 only, so it is not among 80061's articles.
        brief.ShouldNotContain("A99913");
        // Taxonomy from the provider rows: Clinical Laboratory billed 60,000 of 61,600 services (97.4%).
        brief.ShouldContain("From Medicare utilization by provider type (data year 2023)");
        brief.ShouldContain("Provider type Clinical Laboratory billed 60,000 services to 50,000 beneficiaries (97.4% of the code's services)");
        brief.IndexOf("291U00000X", StringComparison.Ordinal).ShouldBeLessThan(brief.IndexOf("207R00000X", StringComparison.Ordinal));
        // Policy notes from the national geography rows.
        brief.ShouldContain("Medicare utilization, data year 2023, office and other non-facility settings: 3,100,000 services to 2,500,000 beneficiaries, average allowed amount $13.39 per service");

        var before = _api.Requests.Count;
        var again = await _home.Run("data", "fetch", "--live", "--code", "80061");
        again.Code.ShouldBe(0, again.Err);
        _api.Requests.Skip(before).Order(StringComparer.Ordinal)
            .ShouldBe(["/data.json", "/v1/metadata/license-agreement/", "/v1/metadata/states/", "/v1/reports/local-coverage-articles/"]);
        again.Out.ShouldContain("unchanged  lcd-article-icd10");
        again.Out.ShouldNotContain("downloaded");
    }

    [Fact]
    public async Task Offline_the_fetch_fails_with_exit_3_and_the_brief_says_the_sources_were_not_fetched()
    {
        Point("http://127.0.0.1:9/");

        var fetch = await _home.Run("data", "fetch", "--live");
        fetch.Code.ShouldBe(3);
        fetch.Err.ShouldContain("codebrief: error: coverage: http://127.0.0.1:9/v1/reports/local-coverage-articles/: could not be reached");
        fetch.Err.ShouldContain("codebrief: error: utilization: http://127.0.0.1:9/data.json: could not be reached");

        var (code, brief, _) = await _home.Run("brief", "80061");
        code.ShouldBe(0);
        brief.ShouldContain(@"Coverage articles are not fetched: on a machine with internet run \`codebrief data fetch --live coverage\`");
        brief.ShouldContain("Medicare utilization (services, beneficiaries, allowed amounts by year): not fetched");
        brief.ShouldContain("Medicare utilization by provider type is not fetched");
    }

    [Fact]
    public async Task One_source_failing_keeps_the_other_and_exits_1()
    {
        _api.Fault = (path, _) => path == "/data.json" ? (500, "{}") : null;

        var fetch = await _home.Run("data", "fetch", "--live");

        fetch.Code.ShouldBe(1);
        fetch.Err.ShouldContain("codebrief: error: utilization:");
        fetch.Out.ShouldContain("downloaded lcd-article-icd10");
        fetch.Err.ShouldContain("licence terms are not accepted");
        var load = await _home.Run("data", "load");
        load.Code.ShouldBe(0, load.Out + load.Err);
        var (_, brief, _) = await _home.Run("brief", "80061");
        brief.ShouldContain("Coverage articles' diagnoses are loaded but not their CPT/HCPCS code lists");
    }

    public void Dispose()
    {
        Point("");
        Environment.SetEnvironmentVariable("CODEBRIEF_LIVE_BACKOFF_MS", null);
        _home.Dispose();
        _api.Dispose();
    }
}
