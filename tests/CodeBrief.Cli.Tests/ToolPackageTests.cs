using System.Diagnostics;
using System.Text.Json;
using CodeBrief.Cli.Tests.Commands;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests;

/// <summary>
/// <c>dotnet pack</c> makes <c>codebrief</c> a .NET tool that installs with <c>dotnet tool install</c> from a local
/// folder and answers from a warehouse like the CLI built in the repository.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "codebrief-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PackedTool_InstallsFromALocalFolder_AndBriefsACode()
    {
        var packages = Path.Combine(_folder, "packages");
        var tools = Path.Combine(_folder, "tools");
        // The tests run on the build `./run-tests` made, so the package is made from it (--no-build).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug" : "Release";
        var project = Path.Combine(RepositoryRoot.Path, "src", "CodeBrief.Cli", "CodeBrief.Cli.csproj");

        var pack = await Dotnet("pack", project, "-c", configuration, "--no-build", "-nologo", "-o", packages);
        pack.Code.ShouldBe(0, pack.Out + pack.Err);
        var package = Directory.GetFiles(packages, "CodeBrief.*.nupkg").ShouldHaveSingleItem();
        var version = Path.GetFileNameWithoutExtension(package)["CodeBrief.".Length..];

        var install = await Dotnet("tool", "install", "CodeBrief", "--tool-path", tools, "--add-source", packages,
            "--version", version, "--ignore-failed-sources");
        install.Code.ShouldBe(0, install.Out + install.Err);

        var codebrief = Path.Combine(tools, OperatingSystem.IsWindows() ? "codebrief.exe" : "codebrief");
        var help = await Run(codebrief, "--help");
        help.Code.ShouldBe(0);
        help.Out.ShouldContain("publish");

        using var home = new FixtureHome();
        var code = await Run(codebrief, "code", "86320", "--json", "--home", home.Path);
        code.Code.ShouldBe(0, code.Err);
        using var json = JsonDocument.Parse(code.Out);
        json.RootElement.GetProperty("dossier").GetProperty("clfs")[0].GetProperty("national_limit").GetDecimal().ShouldBe(29.92m);
    }

    private static Task<(int Code, string Out, string Err)> Dotnet(params string[] args) => Run("dotnet", args);

    private static async Task<(int Code, string Out, string Err)> Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
