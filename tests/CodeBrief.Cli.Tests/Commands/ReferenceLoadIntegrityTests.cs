using CodeBrief.Testing;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary>
/// The cases that once lost data silently: a CLFS, PFS RVU or NUCC file cut at a line boundary, a changed file under the
/// current name and version, and a file half of whose rows are rejected. Each is now refused with the numbers, a non-zero
/// exit, and the current data kept (86320 and 99213 still have their briefs).
/// </summary>
public sealed class ReferenceLoadIntegrityTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), $"codebrief-integrity-{Guid.NewGuid():N}");

    public ReferenceLoadIntegrityTests()
    {
        Directory.CreateDirectory(_home);
        foreach (var (folder, file) in Files)
            Load(SharedData.Path(folder, file)).ExitCode.ShouldBe(0);
    }

    private static readonly (string Folder, string File)[] Files =
        [("clfs", "CLFS 2025 Q2V1.csv"), ("medicare_pfs", "PPRRVU2025_Oct.csv"), ("medicare_pfs", "GPCI2025.csv"), ("nucc", "nucc_taxonomy_251.csv")];

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private CliRun Load(params string[] args) => CliRun.RunAsync(["--home", _home, "data", "load", .. args]).GetAwaiter().GetResult();

    /// <summary>The first <paramref name="lines"/> lines of a mirror file, under <paramref name="name"/> in a folder of the home.</summary>
    private string Cut(string folder, string file, int lines, string name)
    {
        var path = Path.Combine(_home, "cut", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a combined path has a folder
        File.WriteAllLines(path, File.ReadLines(SharedData.Path(folder, file)).Take(lines));
        return path;
    }

    [Theory]
    [InlineData("clfs", "CLFS 2025 Q2V1.csv", 846, "CLFS 2025 Q3V1.csv")]      // 842 of 2,105 rows
    [InlineData("medicare_pfs", "PPRRVU2025_Oct.csv", 6285, "PPRRVU2026_Jan.csv")] // about 6,275 of 19,090
    [InlineData("nucc", "nucc_taxonomy_251.csv", 323, "nucc_taxonomy_260.csv")]   // 322 of 883
    public void Load_NewerVersionCutAtALineBoundary_IsRefusedAndTheCurrentDataStays(string folder, string file, int lines, string newName)
    {
        var run = Load(Cut(folder, file, lines, newName));

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Output + run.Error);
        run.Error.ShouldContain("--accept-shrink");
        AssertCurrentDataKept();
    }

    [Fact]
    public void Load_SameNameAndVersionCut_IsRefusedUnlessReplacedOnPurpose()
    {
        var cut = Cut("clfs", "CLFS 2025 Q2V1.csv", 846, "CLFS 2025 Q2V1.csv");

        Load(cut).ExitCode.ShouldBe(ExitCodes.BadInput);
        AssertCurrentDataKept();
        Load(cut, "--replace-same-version").ExitCode.ShouldBe(ExitCodes.BadInput); // still a cut: the shrink check holds too
        Load(cut, "--replace-same-version", "--accept-shrink").ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Load_HalfThePfsRowsRejected_IsRefusedWithTheCounts()
    {
        var broken = Path.Combine(_home, "cut", "PPRRVU2026_Jan.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!); // a combined path has a folder
        var line = 0;
        // Every other data row gets a status code no RVU file has, so its reader rejects it.
        File.WriteAllLines(broken, File.ReadLines(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"))
            .Select(l => ++line > 20 && line % 2 == 0 && l.Split(',').Length > 4 ? BreakStatus(l) : l));

        var run = Load(broken);

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Output + run.Error);
        run.Error.ShouldContain("rows were rejected");
        run.Error.ShouldContain("--accept-rejects");
        AssertCurrentDataKept();
    }

    private static string BreakStatus(string line)
    {
        var fields = line.Split(',');
        fields[3] = "??";
        return string.Join(',', fields);
    }

    private void AssertCurrentDataKept()
    {
        using var warehouse = WarehouseTarget.InHome(_home).Open(WarehouseAccess.ReadOnly);
        warehouse.Reference.Clfs("86320").ShouldNotBeEmpty();
        warehouse.Reference.Pfs("99213").ShouldNotBeEmpty();
        warehouse.Reference.Taxonomy("207L00000X").ShouldNotBeNull();
        warehouse.Sources.All().Where(s => s.Status == SourceRecord.Current).Sum(s => s.RowsLoaded).ShouldBe(2105 + 19090 + 109 + 883);
    }
}
