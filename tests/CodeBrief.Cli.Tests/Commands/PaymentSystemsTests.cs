using System.Text.Json;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary>Issue 12 end to end: the anesthesia, OPPS, ASC and ASP fixtures (CMS layouts) loaded beside the real PFS and
/// ANES files into a test home, then read back through <c>code --json</c> and <c>brief</c>.</summary>
public sealed class PaymentSystemsTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "MedicareSystems", name);

    [Fact]
    public async Task Code00120AndJ9271_FixturesLoaded_ShowAnesthesiaRangeBaseUnitsAndOutpatientPayments()
    {
        var load = await CliRun.RunAsync("data", "load", SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), SharedData.Path("medicare_pfs", "ANES2025.csv"),
            Fixture("2025-anesthesia-base-units-cpt-code.csv"), Fixture("January 2025 Addendum B.csv"), Fixture("January 2025 ASC Addendum AA.csv"),
            Fixture("January 2025 ASC Addendum BB.csv"), Fixture("Jan 2025 ASP Pricing File.csv"), "--home", _home.Path);
        load.ExitCode.ShouldBe(0, load.Error);

        var run = await CliRun.RunAsync("code", "00120", "--json", "--home", _home.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        using (var doc = JsonDocument.Parse(run.Output))
        {
            var a = doc.RootElement.GetProperty("dossier").GetProperty("anesthesia");
            a.GetProperty("base_units").GetProperty("base_units").GetDecimal().ShouldBe(5m);
            a.GetProperty("base_units").GetProperty("source").GetProperty("file").GetString().ShouldBe("2025-anesthesia-base-units-cpt-code.csv");
            var f = a.GetProperty("factors");
            f.GetProperty("national").GetDecimal().ShouldBe(20.3178m);
            f.GetProperty("min").GetProperty("conversion_factor").GetDecimal().ShouldBe(19.12m);
            f.GetProperty("min").GetProperty("row").GetProperty("locality_name").GetString().ShouldBe("NEBRASKA");
            f.GetProperty("max").GetProperty("conversion_factor").GetDecimal().ShouldBe(27.86m);
            f.GetProperty("max").GetProperty("row").GetProperty("source").GetProperty("row").GetInt64().ShouldBe(3);
        }

        var brief = await CliRun.RunAsync("brief", "J9271", "--home", _home.Path);
        brief.ExitCode.ShouldBe(0, brief.Error);
        brief.Output.ShouldContain("| K: non-pass-through drug or biological");
        // The Source column is a citation mark whose hover text is the row.
        brief.Output.ShouldContain("| 9476 | 0.5788 | $52.55 | none | $10.51 | [\\[");
        brief.Output.ShouldContain(" \"January 2025 Addendum B.csv (2025-01), row 10\")");
        brief.Output.ShouldContain("| BB | K2: drug or biological paid separately");
        brief.Output.ShouldContain("| 1 MG | $52.504 | [\\[");
        brief.Output.ShouldContain(" \"Jan 2025 ASP Pricing File.csv (2025-01), row 8\")");

        var other = await CliRun.RunAsync("brief", "99213", "--home", _home.Path);
        other.Output.ShouldContain("Hospital outpatient (OPPS): the code is not in a loaded OPPS Addendum B. Data not available in the input.");
        other.Output.ShouldNotContain("Anesthesia:");
    }

    [Fact]
    public async Task Load_AnesthesiaFileWithAnEmCode_FailsNamingFileAndLineAndLoadsNothing()
    {
        var path = Path.Combine(_home.Path, "2025-anesthesia-base-units.csv");
        await File.WriteAllTextAsync(path, "CY 2025 Anesthesia Base Units by CPT Code,\r\n,\r\nCPT Code,Base Unit Value\r\n00100,5\r\n99213,3\r\n");

        var run = await CliRun.RunAsync("data", "load", path, "--home", _home.Path);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("2025-anesthesia-base-units.csv");
        run.Error.ShouldContain("line 5");
        run.Error.ShouldNotContain("   at ");
        var status = await CliRun.RunAsync("data", "status", "--json", "--home", _home.Path);
        status.Output.ShouldNotContain("2025-anesthesia-base-units.csv");
    }
}

public sealed class DataStatusReleaseTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Status_LoadedQuarterOlderThanTheNewestKnownRelease_SaysSo()
    {
        var load = await CliRun.RunAsync("data", "load", Path.Combine(AppContext.BaseDirectory, "Fixtures", "MedicareSystems", "January 2025 Addendum B.csv"),
            "--home", _home.Path);
        load.ExitCode.ShouldBe(0, load.Error);
        CodeBrief.Sources.ReleaseLedger.Record(new CodeBrief.Sources.RawStore(_home.Path),
            new Dictionary<string, CodeBrief.Sources.DiscoveredRelease>
            {
                ["opps-addb"] = new("April 2025 Addendum B", new DateOnly(2025, 4, 1), new Uri("https://www.cms.gov/files/zip/april-2025-addendum-b.zip"),
                    new Uri("https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient-pps/quarterly-addenda-updates")),
                ["asp"] = new("January 2025 ASP Pricing File", new DateOnly(2025, 1, 1), new Uri("https://www.cms.gov/files/zip/january-2025-asp-pricing-file.zip"),
                    new Uri("https://www.cms.gov/medicare/payment/part-b-drugs/asp-pricing-files")),
            }, DateTimeOffset.UnixEpoch);

        var run = await CliRun.RunAsync("data", "status", "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("older: opps-addb 2025-01 is older than the newest known release April 2025 Addendum B (2025-04");
        run.Output.Split('\n').Count(l => l.StartsWith("older:", StringComparison.Ordinal)).ShouldBe(1);
    }
}
