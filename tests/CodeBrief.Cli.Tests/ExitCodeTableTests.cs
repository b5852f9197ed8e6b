using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests;

/// <summary>
/// The exit codes are one table: the README's, which must list exactly the codes of <see cref="ExitCodes"/>; and each
/// code but the bug code (no input may trigger it) is produced here by a real run.
/// </summary>
public sealed partial class ExitCodeTableTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), $"codebrief-exit-{Guid.NewGuid():N}");

    public ExitCodeTableTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync(["--home", _home, .. args]);

    [Fact]
    public void Readme_ExitCodeTable_ListsExactlyTheCodesOfExitCodes()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var table = TableRow().Matches(readme).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var constants = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetValue(null)!).Order().ToList();

        table.ShouldBe(constants);
    }

    [Fact]
    public async Task Exit0_Done() => (await Run("data", "status")).ExitCode.ShouldBe(ExitCodes.Success);

    [Fact]
    public async Task Exit1_SomeFilesFailedOthersLoaded()
    {
        var bad = Path.Combine(_home, "bad.json");
        await File.WriteAllTextAsync(bad, """{"reporting_entity_name":"x","in_network":[{"billing_code": 5""");
        var good = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates", "in-network-rates-all-negotiated-types-sample.json");

        (await Run("ingest", bad, good)).ExitCode.ShouldBe(ExitCodes.Findings);
    }

    [Theory]
    [InlineData("data", "status", "--no-such-option")]
    [InlineData("serve", "--urls", "notaurl")]
    [InlineData("data", "status", "--store", "mysql://me@host/db")]
    [InlineData("publish", "--codes", "8632O", "--out", "x")]
    public async Task Exit2_BadRequest(params string[] args)
    {
        var run = await Run(args);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("codebrief: error:");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Exit2_EveryPayerFileMalformed()
    {
        var bad = Path.Combine(_home, "bad.json");
        await File.WriteAllTextAsync(bad, """{"reporting_entity_name":"x","in_network":[{"billing_code": 5""");

        (await Run("ingest", bad)).ExitCode.ShouldBe(ExitCodes.BadInput);
    }

    [Fact]
    public async Task Exit2_MalformedFile()
    {
        var file = Path.Combine(_home, "nonsense.csv");
        await File.WriteAllTextAsync(file, "this,is\nnot,a dataset\n");

        (await Run("data", "load", file)).ExitCode.ShouldBe(ExitCodes.BadInput);
    }

    [Theory]
    [InlineData("data", "load", "/nonexistent/CLFS 2025 Q2V1.csv")]
    [InlineData("verify", "/nonexistent/page.md")]
    [InlineData("ingest", "/nonexistent/payer.json.gz")]
    [InlineData("publish", "--codes-file", "/nonexistent/codes.txt", "--out", "x")]
    [InlineData("data", "status", "--store", "postgres://me@127.0.0.1:1/codebrief?connect_timeout=2")]
    public async Task Exit3_SomethingNeededIsUnavailable(params string[] args)
    {
        var run = await Run(args);

        run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Exit130_Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CodeBriefApp.RunAsync(["--home", _home, "data", "load", "--mirror", SharedData.Folder, "--only", "nucc"], output, error, cancelled.Token);

        code.ShouldBe(ExitCodes.Cancelled);
    }

    [Fact]
    public async Task JsonCommand_Failure_PrintsJsonWithTheExitCode()
    {
        var run = await Run("data", "status", "--json", "--store", "postgres://me@127.0.0.1:1/codebrief?connect_timeout=2");

        run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("error").GetProperty("exit_code").GetInt32().ShouldBe(ExitCodes.SourceUnavailable);
        json.RootElement.GetProperty("error").GetProperty("kind").GetString().ShouldBe("unavailable");
    }

    [GeneratedRegex(@"^\| (\d+) \| ", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
