using CodeBrief.Warehouse.Tests;
using CodeBrief.Cli.Commands;
using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Tests;

public sealed class DataLoadRunTests : IDisposable
{
    private static readonly IReferenceFormat[] Formats = [new FakeFormat("nucc"), new FakeFormat("pfs-gpci")];
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private (string Dataset, string Path) Raw(string dataset, string name, params string[] lines)
    {
        var folder = _home.Sub("raw", dataset);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return (dataset, path);
    }

    private CliRun Run(bool strict, params (string, string)[] files)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DataLoadRun.Run(WarehouseTarget.InHome(_home.Path), files, Formats, new LoadOptions(strict), verbose: false, TimeProvider.System, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_OneFileFailsWhileAnotherLoads_Exits1AndNamesFileAndLine()
    {
        var good = Raw("nucc", "good.csv", "#version 25.1", "A,a", "B,b");
        var broken = Raw("pfs-gpci", "broken.csv", "#version 2025", "C,c", "THROW");

        var run = Run(false, good, broken);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("codebrief: error: broken.csv: the file ends mid-row. line 3");
        run.Error.ShouldNotContain("   at ");
        var lines = run.Output.Split('\n');
        lines.ShouldContain(l => l.Contains("good.csv") && l.Contains("25.1") && l.Contains("| loaded"));
        lines.ShouldContain(l => l.Contains("broken.csv") && l.Contains("failed"));
    }

    [Fact]
    public void Run_StrictWithRejectedRowInOnlyFile_Exits2NamingTheRow()
    {
        var file = Raw("nucc", "tax.csv", "#version 25.1", "A,a", "BAD");

        var run = Run(true, file);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("tax.csv: expected a taxonomy code, \"quoted\", with commas, found \"BAD\". line 3, columns 1-3");
    }

    [Fact]
    public void Run_DefaultWithRejectedRow_LoadsAndPointsAtRejectReport()
    {
        // One bad row in 121: under the 1% a file may lose.
        var file = Raw("nucc", "tax.csv", ["#version 25.1", .. Enumerable.Range(1, 120).Select(i => $"C{i},c"), "BAD"]);

        var run = Run(false, file);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n').ShouldContain(l => l.Contains("tax.csv") && System.Text.RegularExpressions.Regex.IsMatch(l, @"\|\s+120 \|\s+1 \| loaded"));
        run.Output.ShouldContain(Path.Combine(_home.Path, "reports", "rejects-nucc-"));
    }

    [Fact]
    public void Run_HalfTheRowsRejected_RefusesWithTheNumbersAndExits2()
    {
        var file = Raw("nucc", "tax.csv", "#version 25.1", "A,a", "BAD", "C,c", "BAD");

        var run = Run(false, file);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain("2 of 4 rows were rejected");
        run.Error.ShouldContain("--accept-rejects");
        run.Output.Split('\n').ShouldContain(l => l.Contains("tax.csv") && l.Contains("failed"));
    }

    [Fact]
    public void Run_SameFilesAgain_ReportsUnchanged()
    {
        var file = Raw("nucc", "tax.csv", "#version 25.1", "A,a");
        Run(false, file);

        var run = Run(false, file);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n').ShouldContain(l => l.Contains("tax.csv") && l.Contains("unchanged"));
    }
}
