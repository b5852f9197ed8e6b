using System.Text.Json;

namespace CodeBrief.Cli.Tests.Crawl;

public sealed class PayersCommandTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Payers_ShippedList_NamesAetnaBlueCrossPlansCignaAndUnitedHealthcareWithEntryPointsAndSources()
    {
        var run = await CliRun.RunAsync("payers", "--home", _home.Path);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Output.ShouldContain("Aetna [national]");
        run.Output.ShouldContain("Cigna [national]");
        run.Output.ShouldContain("UnitedHealthcare [national]");
        run.Output.ShouldContain("Humana [national]");
        run.Output.ShouldContain("Blue Cross and Blue Shield of Texas [Blue Cross Blue Shield]");
        run.Output.ShouldContain("toc-monthly: https://antm-pt-prod-dataz-nogbd-nophi-us-east1.s3.amazonaws.com/anthem/{yyyy-MM}-01_anthem_index.json.gz");
        run.Output.ShouldContain("page: https://www.cigna.com/legal/compliance/machine-readable-files");
    }

    [Fact]
    public async Task Payers_Json_EveryEntryPointHasAKindUrlAndSource_AndTheHomeFileExtendsTheList()
    {
        await File.WriteAllTextAsync(_home.Sub("payers.json"), """
            {"payers":[
              {"name":"Cigna","entry_points":[{"kind":"toc","url":"https://mirror.example/cigna/index.json","source":"our mirror"}]},
              {"name":"Local Plan","family":"regional","entry_points":[{"kind":"toc","url":"https://mirror.example/local/index.json","source":"our mirror"}]}]}
            """);

        var run = await CliRun.RunAsync("payers", "--json", "--home", _home.Path);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var payers = doc.RootElement.GetProperty("payers").EnumerateArray().ToList();
        payers.Count(p => p.GetProperty("family").GetString() == "Blue Cross Blue Shield").ShouldBeGreaterThanOrEqualTo(30);
        foreach (var point in payers.SelectMany(p => p.GetProperty("entry_points").EnumerateArray()))
        {
            point.GetProperty("kind").GetString().ShouldBeOneOf("toc", "toc-monthly", "page");
            point.GetProperty("url").GetString()!.ShouldStartWith("https://");
            point.GetProperty("source").GetString().ShouldNotBeNullOrWhiteSpace();
        }
        // The home's Cigna entry point comes first, the shipped page stays; a new payer is added.
        var cigna = payers.Single(p => p.GetProperty("name").GetString() == "Cigna").GetProperty("entry_points").EnumerateArray().Select(e => e.GetProperty("url").GetString()).ToList();
        cigna.ShouldBe(["https://mirror.example/cigna/index.json", "https://www.cigna.com/legal/compliance/machine-readable-files"]);
        payers.ShouldContain(p => p.GetProperty("name").GetString() == "Local Plan");
    }

    [Fact]
    public async Task RatesFetch_PayerWithOnlyAPage_IsUsageErrorNamingThePage()
    {
        var run = await CliRun.RunAsync("rates", "fetch", "--payer", "Aetna", "--codes", "43235", "--home", _home.Path);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("health1.aetna.com");
        run.Error.ShouldContain("--toc URL");
    }

    [Fact]
    public async Task RatesFetch_WithoutCodes_IsUsageError()
    {
        var run = await CliRun.RunAsync("rates", "fetch", "--toc", "https://example.invalid/index.json", "--home", _home.Path);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("--codes");
    }

    [Fact]
    public async Task RatesFetch_AmbiguousPayer_ListsTheCandidates()
    {
        var run = await CliRun.RunAsync("rates", "fetch", "--payer", "Highmark", "--codes", "43235", "--home", _home.Path);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("matches");
        run.Error.ShouldContain("Highmark Blue Cross Blue Shield Delaware");
    }
}
