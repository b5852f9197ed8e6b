using System.Text.Json;

namespace CodeBrief.Cli.Tests.Commands;

public sealed class BriefCommandsTests : IDisposable
{
    private readonly FixtureHome _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _fixture.Run(args);

    [Fact]
    public async Task Rules_Json_EveryRuleWithBasisAndTheModifierFileRowOfLevelIIModifiers()
    {
        var (code, stdout, _) = await Run("rules", "--json");
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(Dossier.Rules.ModifierRuleTable.Rules.Count);
        var xu = rules.Single(r => r.GetProperty("id").GetString() == "DS-X").GetProperty("modifiers").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == "XU");
        xu.GetProperty("source").GetProperty("row").GetInt64().ShouldBe(381); // the fixture's modifier file row
        var em25 = rules.Single(r => r.GetProperty("id").GetString() == "EM-25");
        (em25.GetProperty("basis").GetString(), em25.GetProperty("editorial").GetBoolean()).ShouldBe(("cms-manual (editorial)", true));
    }

    [Fact]
    public async Task Rules_Text_OneBlockPerRuleAndTheCount()
    {
        var (code, stdout, _) = await Run("rules");
        code.ShouldBe(0);
        stdout.ShouldContain("BI-50  [Bilateral]  50");
        stdout.ShouldEndWith($"{Dossier.Rules.ModifierRuleTable.Rules.Count} rules.\n");
    }

    [Fact]
    public async Task Code_86320Json_ClfsLimitAndBothPfsRows()
    {
        var (code, stdout, _) = await Run("code", "86320", "--json");
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        var dossier = doc.RootElement.GetProperty("dossier");
        dossier.GetProperty("clfs")[0].GetProperty("national_limit").GetDecimal().ShouldBe(29.92m);
        dossier.GetProperty("pfs").GetArrayLength().ShouldBe(2);
        dossier.GetProperty("pfs")[1].GetProperty("row").GetProperty("pctc_indicator").GetString().ShouldBe("6");
        doc.RootElement.GetProperty("locality_amounts").GetArrayLength().ShouldBe(218);
    }

    [Fact]
    public async Task Code_Text_IndicatorMeaningsInWords()
    {
        var (code, stdout, _) = await Run("code", "86320");
        code.ShouldBe(0);
        stdout.ShouldContain("status X: statutory exclusion");
        stdout.ShouldContain("national limit $29.92");
    }

    [Theory]
    [InlineData("207L00000X", "Anesthesiology")]
    [InlineData("D47.2", "Monoclonal gammopathy")]
    [InlineData("QW", "Clia waived test")]
    public async Task Code_ReferenceCode_PrintsEntry(string text, string expected)
    {
        var (code, stdout, _) = await Run("code", text);
        code.ShouldBe(0);
        stdout.ShouldContain(expected);
    }

    [Fact]
    public async Task Code_Unknown_Exit2WithCloseMatches()
    {
        var (code, _, stderr) = await Run("code", "86321");
        code.ShouldBe(ExitCodes.BadInput);
        stderr.ShouldContain("86320");
    }

    [Fact]
    public async Task Brief_HtmlToFile_WritesPage()
    {
        var path = Path.Combine(_fixture.Path, "out", "83789.html");
        var (code, _, _) = await Run("brief", "83789", "--format", "html", "--out", path);
        code.ShouldBe(0);
        File.ReadAllText(path).ShouldContain("$24.11");
        Directory.GetFiles(Path.Combine(_fixture.Path, "out")).Length.ShouldBe(1); // no temporary file left behind
    }

    [Fact]
    public async Task Publish_SeedCodes_AllFormatsAndIndexes()
    {
        var dir = Path.Combine(_fixture.Path, "site");
        var (code, stdout, _) = await Run("publish", "--codes", "83789,83950,0689T,82331,86320", "--out", dir);
        code.ShouldBe(0);
        stdout.ShouldContain("Published 5 briefs x 3 formats");
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(18);
        files.ShouldContain("0689T.json");
        files.ShouldContain("index.html");
        File.ReadAllText(Path.Combine(dir, "index.md")).ShouldContain("[86320](86320.md)");
        foreach (var md in files.Where(f => f!.EndsWith(".md", StringComparison.Ordinal) && f != "index.md"))
            File.ReadAllText(Path.Combine(dir, md!)).ShouldContain("## Sources");
    }

    [Fact]
    public async Task Publish_UnknownCode_Exit2AndNothingWritten()
    {
        var dir = Path.Combine(_fixture.Path, "site2");
        var (code, _, stderr) = await Run("publish", "--codes", "83789,99999", "--out", dir);
        code.ShouldBe(ExitCodes.BadInput);
        stderr.ShouldContain("99999");
        Directory.Exists(dir).ShouldBeFalse();
    }

    [Fact]
    public async Task Publish_NoSelection_Exit2()
    {
        var (code, _, _) = await Run("publish", "--out", Path.Combine(_fixture.Path, "x"));
        code.ShouldBe(ExitCodes.BadInput);
    }
}
