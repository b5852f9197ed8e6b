using System.Text.Json;
using CodeBrief.Cli;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary><c>codebrief verify</c> run in-process against the warehouse <c>data load</c> builds from the real mirror.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("codebrief-verify-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CodeBriefApp.RunAsync([.. args, "--home", RealWarehouse.Home], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Verify_SeedWithErrorsAsJson_ExitsOneWithContractFields()
    {
        var (exit, output, _) = await Run("verify", Pages.Seed("002"), "--json");

        exit.ShouldBe(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("subject").GetString().ShouldBe("0689T");
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        findings.Count.ShouldBe(14);
        foreach (var f in findings)
        {
            f.GetProperty("severity").GetString().ShouldBeOneOf("error", "warning", "info");
            f.GetProperty("line").GetInt32().ShouldBeGreaterThan(0);
            f.GetProperty("token").GetString().ShouldNotBeNullOrEmpty();
            f.GetProperty("kind").GetString().ShouldNotBeNullOrEmpty();
            f.GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
            f.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Array);
            f.TryGetProperty("suggestion", out _).ShouldBeTrue();
        }
        findings[0].GetProperty("severity").GetString().ShouldBe("error");
        var taxonomy = findings.Single(f => f.GetProperty("token").GetString() == "207L00000X");
        var evidence = taxonomy.GetProperty("evidence")[0];
        evidence.GetProperty("file").GetString().ShouldBe("nucc_taxonomy_251.csv");
        evidence.GetProperty("version").GetString().ShouldBe("25.1");
        evidence.GetProperty("row").GetInt64().ShouldBe(7);
        var checkedTokens = root.GetProperty("checked").EnumerateArray().ToList();
        checkedTokens.Count.ShouldBe(21);
        checkedTokens.ShouldContain(c => c.GetProperty("token").GetString() == "76942" && c.GetProperty("verdict").GetString() == "ok");
    }

    [Fact]
    public async Task Verify_CleanPage_ExitsZeroAndSaysSo()
    {
        var (exit, output, _) = await Run("verify", Pages.Fixture("clean-80053.md"));

        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain("subject 80053: 0 error(s), 0 warning(s)");
    }

    [Fact]
    public async Task Verify_HumanReport_GroupsBySectionWithEvidenceAndFix()
    {
        var (exit, output, _) = await Run("verify", Pages.Seed("002"));

        exit.ShouldBe(ExitCodes.Findings);
        output.ShouldContain("## Coding Specifications");
        output.ShouldContain("## Related CPT Codes");
        output.ShouldContain("evidence: AOC_V2026Q2-MCR.xlsx (V2026Q2), row 298");
        output.ShouldContain("fix: When 76700 is performed in the same session, report 76700 with add-on 0690T");
        output.IndexOf("ERROR", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("WARNING", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_AFolder_VerifiesItsPagesInNameOrder_AnEmptyFolderIsAUsageError()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch, "pages")).FullName;
        File.Copy(Pages.Fixture("clean-80053.md"), Path.Combine(folder, "b-80053.md"));
        File.Copy(Pages.Seed("002"), Path.Combine(folder, "a-0689T.txt"));
        File.WriteAllText(Path.Combine(folder, "notes.csv"), "not a page");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));

        var (exit, output, _) = await Run("verify", folder, "--json");

        exit.ShouldBe(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()).ShouldBe(["a-0689T.txt", "b-80053.md"]);

        var empty = Directory.CreateDirectory(Path.Combine(_scratch, "empty")).FullName;
        var (emptyExit, emptyOutput, _) = await Run("verify", empty, "--json");
        emptyExit.ShouldBe(ExitCodes.BadInput);
        using var error = JsonDocument.Parse(emptyOutput);
        error.RootElement.GetProperty("error").GetRawText().ShouldContain("holds no page");
    }

    [Fact]
    public async Task PublishedFolder_IndexIncluded_PassesTheGate_ATerminatedCodeCarriesItsDateInTheIndex()
    {
        var site = Path.Combine(_scratch, "site");
        var (published, _, _) = await Run("publish", "--codes", "G0202,86320", "--format", "md", "--out", site);
        published.ShouldBe(ExitCodes.Success);

        // HCPC2025_OCT_ANWEB.xlsx: G0202 TERM DT 20171231. Listed without it, the index would present the code as current.
        File.ReadAllText(Path.Combine(site, "index.md")).ShouldContain("| termination date 20171231 |");
        var (exit, output, _) = await Run("verify", site);
        exit.ShouldBe(ExitCodes.Success, output);
        output.ShouldContain("index.md");
    }

    [Fact]
    public async Task Verify_SeveralPagesAsJson_WritesAnArrayOfReports()
    {
        var (exit, output, _) = await Run("verify", Pages.Fixture("clean-80053.md"), Pages.Seed("000"), "--json");

        exit.ShouldBe(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().ShouldBe(2);
        json.RootElement[1].GetProperty("subject").GetString().ShouldBe("83789");
    }

    [Fact]
    public async Task Verify_MissingFile_ExitsThree()
    {
        var (exit, _, error) = await Run("verify", Path.Combine(_scratch, "no-such-page.md"));

        exit.ShouldBe(ExitCodes.SourceUnavailable);
        error.ShouldContain("no-such-page.md");
    }

    [Fact]
    public async Task Verify_NoSubjectFound_IsAuditedCodeByCodeAndPrintsJson()
    {
        // Issue 14: a page about no single code no longer stops with exit 2 and no JSON.
        var (exit, output, _) = await Run("verify", Pages.Fixture("no-subject.txt"), "--json");
        exit.ShouldBe(ExitCodes.Success);
        using (var doc = JsonDocument.Parse(output)) doc.RootElement.GetProperty("subject").ValueKind.ShouldBe(JsonValueKind.Null);

        var (withSubject, _, _) = await Run("verify", Pages.Fixture("no-subject.txt"), "--subject", "70450");
        withSubject.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task Verify_NoWarehouse_ExitsThree()
    {
        var empty = Directory.CreateTempSubdirectory("codebrief-empty-").FullName;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await CodeBriefApp.RunAsync(["verify", Pages.Fixture("clean-80053.md"), "--home", empty], output, error, CancellationToken.None);
            exit.ShouldBe(ExitCodes.SourceUnavailable);
            error.ToString().ShouldContain("codebrief data load");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData("verify --json")]
    [InlineData("verify --json --subject not-a-code PAGE")]
    [InlineData("verify --json --no-such-option PAGE")]
    [InlineData("verify --json MISSING")]
    public async Task Verify_WithJson_PrintsJsonForEveryUsageError(string command)
    {
        var resolved = command.Split(' ').Select(a => a == "PAGE" ? Pages.Fixture("clean-80053.md") : a == "MISSING" ? Path.Combine(_scratch, "missing.md") : a).ToArray();
        var (exit, output, _) = await Run(resolved);
        exit.ShouldNotBe(ExitCodes.Success);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("error").GetProperty("exit_code").GetInt32().ShouldBe(exit);
    }

    [Fact]
    public async Task Verify_Fixed_WritesACorrectedCopyWithEachErrorReplacedAndMarked()
    {
        var page = Path.Combine(_scratch, "page.md");
        await File.WriteAllTextAsync(page, "# Visits\n\n| CPT | Medicare rate |\n|---|---|\n| 99215 | $157.64 |\n\nCPT 99214 has a 090-day global period.\n");
        var fixedPath = Path.Combine(_scratch, "fixed.md");

        var (exit, _, _) = await Run("verify", page, "--fixed", fixedPath);

        exit.ShouldBe(ExitCodes.Findings);
        var lines = await File.ReadAllLinesAsync(fixedPath);
        lines[4].ShouldBe("| 99215 | $175.64 [verify: was \"$157.64\" (fee_mismatch)] |");
        lines[6].ShouldBe("CPT 99214 has a XXX [verify: was \"090-day global\" (global_period)] period.");
        lines[0].ShouldBe("# Visits");
    }
}
