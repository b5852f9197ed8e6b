using System.Text.Json;
using CodeBrief.Sources;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests;

public sealed class DataCommandTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Fetch_SharedDataMirror_CopiesEachDatasetFileIntoRaw()
    {
        var run = await CliRun.RunAsync("data", "fetch", "--mirror", SharedData.Folder, "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        var clfs = _home.Sub("raw", "clfs", "CLFS 2025 Q2V1.csv");
        FileHash.Sha256(clfs).ShouldBe(FileHash.Sha256(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv")));
        File.Exists(_home.Sub("raw", "pfs-rvu", "PPRRVU2025_Oct.csv")).ShouldBeTrue();
        File.Exists(_home.Sub("raw", "hcpcs-modifiers", "HCPC2025_OCT_ANWEB.xlsx")).ShouldBeTrue();
        run.Output.ShouldContain("copied     clfs             CLFS 2025 Q2V1.csv");
        run.Error.ShouldContain("ncci-ptp, ncci-mue");
        run.Output.ShouldNotContain("name match only");
    }

    [Fact]
    public async Task Fetch_Twice_SecondRunReportsUnchanged()
    {
        await CliRun.RunAsync("data", "fetch", "--mirror", SharedData.Folder, "--home", _home.Path, "--only", "nucc", "pfs-gpci");

        var run = await CliRun.RunAsync("data", "fetch", "--mirror", SharedData.Folder, "--home", _home.Path, "--only", "nucc", "pfs-gpci");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ShouldBe(["unchanged", "unchanged"]);
    }

    [Fact]
    public async Task Fetch_MissingMirrorFolder_Exits3WithMessageAndNoStackTrace()
    {
        var missing = _home.Sub("no-such-mirror");

        var run = await CliRun.RunAsync("data", "fetch", "--mirror", missing, "--home", _home.Path);

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain(missing);
        run.Error.ShouldContain("does not exist");
        run.Error.ShouldNotContain("   at ");
        Directory.Exists(_home.Sub("raw")).ShouldBeFalse();
    }

    [Fact]
    public async Task Fetch_UnknownDataset_Exits2NamingIt()
    {
        var run = await CliRun.RunAsync("data", "fetch", "--mirror", SharedData.Folder, "--home", _home.Path, "--only", "cpt-2026");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("\"cpt-2026\" is not a dataset");
    }

    [Fact]
    public async Task Load_NothingFetchedAndNothingInMirror_Exits3SayingWhatToRun()
    {
        // ncci-ptp is in no mirror here, so this holds whether or not CODEBRIEF_MIRROR is set.
        var run = await CliRun.RunAsync("data", "load", "--home", _home.Path, "--only", "ncci-ptp");

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain("codebrief data fetch");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Load_FreshHomeWithMirror_FetchesFirstThenLoads()
    {
        var run = await CliRun.RunAsync("data", "load", "--home", _home.Path, "--mirror", SharedData.Folder, "--only", "nucc");

        run.Error.ShouldContain("fetching from the mirror");
        File.Exists(_home.Sub("raw", "nucc", "nucc_taxonomy_251.csv")).ShouldBeTrue();
        run.Output.ShouldContain("nucc_taxonomy_251.csv");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n').ShouldContain(l => l.Contains("nucc_taxonomy_251.csv") && l.Contains("883") && l.Contains("loaded"));
        var status = await CliRun.RunAsync("data", "status", "--json", "--home", _home.Path);
        using var json = JsonDocument.Parse(status.Output);
        var nucc = json.RootElement.GetProperty("datasets").EnumerateArray().ShouldHaveSingleItem();
        nucc.GetProperty("dataset").GetString().ShouldBe("nucc");
        nucc.GetProperty("version").GetString().ShouldBe("25.1");
        nucc.GetProperty("rows").GetInt64().ShouldBe(883);
    }

    [Fact]
    public async Task Load_UnrecognisedFileInDatasetFolder_FailsThatFileNamingIt()
    {
        Directory.CreateDirectory(_home.Sub("raw", "nucc"));
        File.WriteAllText(_home.Sub("raw", "nucc", "not-taxonomy.csv"), "hello\n");

        var run = await CliRun.RunAsync("data", "load", "--home", _home.Path, "--only", "nucc");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not-taxonomy.csv");
        run.Output.ShouldContain("failed");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Status_EmptyWarehouseAsJson_ListsEveryDatasetAsMissing()
    {
        var run = await CliRun.RunAsync("data", "status", "--json", "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("datasets").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ShouldBe(DatasetCatalog.All.Select(d => d.Id));
        json.RootElement.GetProperty("warehouse").GetString().ShouldBe(_home.Sub("warehouse.db"));
    }

    [Fact]
    public async Task Status_LoadedDatasetAsJson_NamesEveryPropertyInSnakeCase()
    {
        (await CliRun.RunAsync("data", "load", "--home", _home.Path, "--mirror", SharedData.Folder, "--only", "nucc")).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync("data", "status", "--json", "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var nucc = json.RootElement.GetProperty("datasets").EnumerateArray().ShouldHaveSingleItem();
        nucc.TryGetProperty("loaded_at", out _).ShouldBeTrue();
        var file = nucc.GetProperty("files").EnumerateArray().ShouldHaveSingleItem();
        file.GetProperty("sha256").GetString().ShouldBe(FileHash.Sha256(SharedData.Path("nucc", "nucc_taxonomy_251.csv")));
        file.TryGetProperty("loaded_at", out _).ShouldBeTrue();
        PropertyNames(json.RootElement).ShouldAllBe(name => name == name.ToLowerInvariant());
    }

    private static IEnumerable<string> PropertyNames(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    [Fact]
    public async Task Status_EmptyWarehouseAsTable_NamesMissingDatasets()
    {
        var run = await CliRun.RunAsync("data", "status", "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain($"missing ({DatasetCatalog.All.Count}): nucc, icd10cm");
    }
}
