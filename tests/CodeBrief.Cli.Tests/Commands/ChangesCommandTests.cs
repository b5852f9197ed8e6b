using System.Text.Json;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary><c>codebrief changes</c> over the fixture warehouse after a newer CLFS quarter is loaded.</summary>
public sealed class ChangesCommandTests : IDisposable
{
    private readonly FixtureHome _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _fixture.Run(args);

    /// <summary>Loads the next quarter's CLFS: the same rows, 82331's national limit raised from $13.34 to $14.00.</summary>
    private async Task LoadNextClfsQuarter()
    {
        var next = Path.Combine(_fixture.Path, "CLFS 2025 Q3V1.csv");
        var lines = await File.ReadAllLinesAsync(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        lines[1009] = lines[1009].Replace(",00013.34,", ",00014.00,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(next, lines);
        var (load, stdout, loadError) = await Run("data", "load", next);
        load.ShouldBe(0, loadError);
        stdout.ShouldContain("previous version: clfs CLFS 2025 Q2V1.csv (2025Q2V1), kept for `codebrief changes`");
    }

    [Fact]
    public async Task Changes_NewerClfsQuarter_ListsTheChangedLimitWithBothRows()
    {
        await LoadNextClfsQuarter();

        var (code, stdout, stderr) = await Run("changes", "82331");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("Clinical Laboratory Fee Schedule (clfs): 2025Q2V1 -> 2025Q3V1");
        stdout.ShouldContain("national limitation amount: $13.34 -> $14.00");
        stdout.ShouldContain("rows: CLFS 2025 Q2V1.csv (2025Q2V1), row 1010 -> CLFS 2025 Q3V1.csv (2025Q3V1), row 1010");
        stdout.ShouldContain("Physician Fee Schedule relative value units (pfs-rvu): only RVU25D is loaded; nothing to compare it with.");
    }

    [Fact]
    public async Task Changes_CodeWhoseRowDidNotMove_SaysNoChange()
    {
        await LoadNextClfsQuarter();

        var (code, stdout, stderr) = await Run("changes", "86320");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("Clinical Laboratory Fee Schedule (clfs): 2025Q2V1 -> 2025Q3V1: no change.");
    }

    [Fact]
    public async Task Changes_Json_CarriesEveryFieldAndBothSources()
    {
        await LoadNextClfsQuarter();

        var (code, stdout, stderr) = await Run("changes", "82331", "--json");

        code.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var clfs = json.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("dataset").GetString() == "clfs");
        clfs.GetProperty("state").GetString().ShouldBe("changed");
        var row = clfs.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("kind").GetString().ShouldBe("changed");
        var field = row.GetProperty("fields").EnumerateArray().ShouldHaveSingleItem();
        field.GetProperty("before").GetString().ShouldBe("$13.34");
        field.GetProperty("after").GetString().ShouldBe("$14.00");
        row.GetProperty("before").GetProperty("version").GetString().ShouldBe("2025Q2V1");
        row.GetProperty("after").GetProperty("version").GetString().ShouldBe("2025Q3V1");
    }

    [Fact]
    public async Task Brief_AfterNewerQuarter_HasTheChangeInItsWhatChangedSection()
    {
        await LoadNextClfsQuarter();

        var (code, stdout, stderr) = await Run("brief", "82331", "--format", "md");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("## What Changed");
        stdout.ShouldContain("Clinical Laboratory Fee Schedule: changed between 2025Q2V1 and 2025Q3V1.");
        stdout.ShouldContain("$13.34");
    }

    [Fact]
    public async Task Changes_UnknownCode_IsUsageError()
    {
        var (code, _, stderr) = await Run("changes", "86399");

        code.ShouldBe(2);
        stderr.ShouldContain("86399");
    }
}
