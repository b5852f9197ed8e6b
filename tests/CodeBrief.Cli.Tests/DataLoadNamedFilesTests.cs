using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests;

public sealed class DataLoadNamedFilesTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Load_NamedEvidenceFile_IsRecognisedByContentAndLoaded()
    {
        var run = await CliRun.RunAsync("data", "load", EvidenceFixtures.Path(EvidenceFixtures.DiagnosisCrosswalk), "--home", _home.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n').ShouldContain(l => l.Contains("diagnosis-crosswalk") && l.Contains("loaded"));
    }

    [Fact]
    public async Task Load_NamedFileOfNoKnownDataset_Exits2NamingTheFile()
    {
        var path = System.IO.Path.Combine(_home.Path, "notes.txt");
        await File.WriteAllTextAsync(path, "these are not billing codes\n");

        var run = await CliRun.RunAsync("data", "load", path, "--home", _home.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("notes.txt");
        run.Error.ShouldNotContain("   at ");
    }
}
