using CodeBrief.Testing;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary>A temporary home holding a copy of the fixture warehouse, and a way to run <c>codebrief</c> against it in-process.</summary>
internal sealed class FixtureHome : IDisposable
{
    public FixtureHome()
    {
        Directory.CreateDirectory(Path);
        using var fixture = FixtureWarehouse.Open();
        fixture.CopyTo(System.IO.Path.Combine(Path, "warehouse.db"));
    }

    /// <summary>The home folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codebrief-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs <c>codebrief ARGS --home HOME</c>: exit code, standard output, standard error.</summary>
    public async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--home", Path]);
        return (run.ExitCode, run.Output, run.Error);
    }

    public void Dispose()
    {
        // The in-process runs pooled connections to the home's warehouse; close them before the folder goes.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
