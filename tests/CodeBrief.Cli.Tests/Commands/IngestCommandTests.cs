using CodeBrief.Cli;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), $"codebrief-cli-{Guid.NewGuid():N}");

    public IngestCommandTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CodeBriefApp.RunAsync(["--home", _home, .. args], output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ingest_OneBadFileAmongGood_LoadsOthersAndExitsNonZero()
    {
        var bad = Path.Combine(_home, "bad.json");
        await File.WriteAllTextAsync(bad, """{"reporting_entity_name":"x","in_network":[{"billing_code": 5""");
        var good = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates", "in-network-rates-all-negotiated-types-sample.json");
        var (code, output, error) = await Run("ingest", bad, good);
        code.ShouldBe(ExitCodes.Findings);
        output.ShouldContain("1 of 2 file(s) loaded, 1 failed.");
        output.ShouldContain("Comprehensive Health Insurance");
        error.ShouldContain("bad.json");
        error.ShouldContain("Offset:");
        // Off a terminal, progress is a line as each file starts and one as it ends.
        error.ShouldContain("codebrief: ingesting bad.json (0.0 MB)");
        error.ShouldContain("codebrief: in-network-rates-all-negotiated-types-sample.json: ");
        error.ShouldContain("MB/s)");
    }

    [Fact]
    public async Task Benchmarks_43235_CareFirstFromTheLake_PrintsRawBesideCleanedAndKeepsTheHighRates()
    {
        var carefirst = SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz");
        (await Run("ingest", carefirst, "--codes", "43235")).Code.ShouldBe(ExitCodes.Success);
        Directory.GetFiles(Path.Combine(_home, "lake", "rates"), "*.parquet", SearchOption.AllDirectories).Length.ShouldBe(1);
        var (code, output, _) = await Run("benchmarks", "43235");
        code.ShouldBe(ExitCodes.Success);
        // Raw n, min, p10, median, p90, max; then outliers removed and n after the rule: all 72 professional rates kept,
        // up to $1,027 (the old rule removed ten of them and published a p90 of $383.81).
        var row = output.Split('\n').Single(l => l.Contains("| professional |", StringComparison.Ordinal));
        row.ShouldContain("| 72 | 364.62 | 364.62 | 369.31 | 452.90 | 1027.00 | 0 | 72 |");
        row.ShouldContain("| 1027.00 |");
        output.ShouldContain("raw median");
    }

    [Fact]
    public async Task Ingest_ZipWithTwoJsonEntries_LoadsEachEntry()
    {
        var examples = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates");
        var zip = Path.Combine(_home, "plans.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, Path.Combine(examples, "in-network-rates-all-negotiated-types-sample.json"), "a.json");
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, Path.Combine(examples, "in-network-rates-bundle-single-plan-sample.json"), "b.json");
        }
        var (code, output, _) = await Run("ingest", zip);
        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain("plans.zip!a.json");
        output.ShouldContain("plans.zip!b.json");
        output.ShouldContain("2 of 2 file(s) loaded, 0 failed.");
    }

    [Fact]
    public async Task Ingest_CodesFileWithInvalidEntries_IsUsageErrorNamingEachBeforeLoading()
    {
        var codes = Path.Combine(_home, "codes.txt");
        await File.WriteAllTextAsync(codes, "99213\nDRG470\n0001A, 9921\n");

        var (code, output, error) = await Run("ingest", Path.Combine(_home, "absent.json"), "--codes-file", codes);

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("\"DRG470\"");
        error.ShouldContain("\"9921\"");
        output.ShouldNotContain("absent.json");
    }

    [Fact]
    public async Task Synth_CodesWithInvalidEntry_IsUsageError()
    {
        var (code, _, error) = await Run("synth", "--payer", "Demo", "--codes", "99213,9921x", "--out", Path.Combine(_home, "s.json"));

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("\"9921x\"");
        File.Exists(Path.Combine(_home, "s.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task Ingest_IntoFreshHome_DoesNotCountAsReferenceData()
    {
        var file = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates", "in-network-rates-all-negotiated-types-sample.json");
        (await Run("ingest", file)).Code.ShouldBe(0);
        // A brief run next must still fetch and load the code sets first.
        CodeBrief.Cli.Commands.DataCommand.HasReferenceData(WarehouseTarget.InHome(_home)).ShouldBeFalse();
        (await Run("data", "load", "--mirror", SharedData.Folder, "--only", "nucc")).Code.ShouldBe(0);
        CodeBrief.Cli.Commands.DataCommand.HasReferenceData(WarehouseTarget.InHome(_home)).ShouldBeTrue();
    }

    [Fact]
    public async Task Benchmarks_AfterSyntheticIngest_LabelsPayerSynthetic()
    {
        var file = Path.Combine(_home, "s.json.gz");
        (await Run("synth", "--payer", "Demo", "--codes", "99213,99214", "--size", "200K", "--schema", "1.x", "--out", file)).Code.ShouldBe(0);
        File.Exists(file + ".answers.json").ShouldBeTrue();
        (await Run("ingest", file, "--codes", "99213")).Code.ShouldBe(0);
        var (code, output, _) = await Run("benchmarks", "99213");
        code.ShouldBe(0);
        output.ShouldContain("Demo (synthetic)");
        output.ShouldContain("Hyndman-Fan type 7");
        var (_, none, _) = await Run("benchmarks", "99214");
        none.ShouldContain("Data not available in the input");
    }

    [Fact]
    public async Task Benchmarks_WithLoadedPfs_PercentOfMedicareFromDossierAmounts()
    {
        (await Run("data", "fetch", "--mirror", SharedData.Folder, "--only", "pfs-rvu", "pfs-gpci")).Code.ShouldBe(0);
        (await Run("data", "load")).Code.ShouldBe(0);
        var file = Path.Combine(_home, "synth.json.gz");
        (await Run("synth", "--payer", "Demo", "--codes", "45378", "--size", "100K", "--schema", "2.x", "--out", file)).Code.ShouldBe(0);
        (await Run("ingest", file)).Code.ShouldBe(0);
        var (code, output, _) = await Run("benchmarks", "45378", "--json");
        code.ShouldBe(0);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var compared = doc.RootElement.GetProperty("benchmarks").EnumerateArray()
            .Where(b => b.GetProperty("medicare_amount").ValueKind == System.Text.Json.JsonValueKind.Number).ToList();
        compared.ShouldNotBeEmpty();
        // PPRRVU2025_Oct.csv 45378: non-facility total 10.13, facility 5.48, conversion factor 32.3465.
        compared.Select(b => b.GetProperty("medicare_amount").GetDecimal()).ShouldAllBe(m => m == 327.67m || m == 177.26m);
        compared.ShouldAllBe(b => b.GetProperty("medicare_source").GetString()!.StartsWith("PFS national amount, PPRRVU2025_Oct.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Toc_RealIndexWithPlanFilter_ListsMatchingFiles()
    {
        var (code, output, _) = await Run("toc", SharedData.Path("tic_mrf", "real_payer_files", "2024-10-21_Blue-Cross-and-Blue-Shield-of-Texas_161531026_index.json"),
            "--description", "allowed amount");
        code.ShouldBe(0);
        output.ShouldContain("271314 2 PPO CDHP WITH HSA_N2N");
        output.ShouldContain("1 structure(s), 1 file(s) selected.");
    }
}
