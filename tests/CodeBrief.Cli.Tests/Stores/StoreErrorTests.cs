using System.Net;
using System.Net.Sockets;

namespace CodeBrief.Cli.Tests.Stores;

/// <summary>A store that cannot be used gives one clear message naming it and what to do, and the README's exit code.</summary>
[Collection(StoreEquivalenceCollection.Name)] // one test sets CODEBRIEF_STORE for the whole process
public sealed class StoreErrorTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), $"codebrief-store-{Guid.NewGuid():N}");

    public StoreErrorTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync(["--home", _home, .. args]);

    [Theory]
    [InlineData("mysql://me@localhost/codebrief")]
    [InlineData("postgres://me@localhost:notaport/codebrief")]
    [InlineData("postgres://me@localhost:5432/")]
    public async Task Status_MalformedStore_ExitsBadInputNamingTheForms(string store)
    {
        var run = await Run("data", "status", "--store", store);

        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldNotContain("   at ");
        run.Error.ShouldContain("postgres://");
    }

    [Fact]
    public async Task Status_UnreachableServer_ExitsUnavailableNamingTheStore()
    {
        var port = FreePort();

        var run = await Run("data", "status", "--store", $"postgres://me:secret@127.0.0.1:{port}/codebrief?connect_timeout=3");

        run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
        run.Error.ShouldContain($"127.0.0.1:{port}");
        run.Error.ShouldNotContain("secret");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Status_StoreFromEnvironment_IsUsedWhenNoOptionIsGiven()
    {
        var port = FreePort();
        Environment.SetEnvironmentVariable("CODEBRIEF_STORE", $"postgres://me@127.0.0.1:{port}/codebrief?connect_timeout=3");
        try
        {
            var run = await Run("data", "status");

            run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
            run.Error.ShouldContain($"127.0.0.1:{port}");
        }
        finally
        {
            Environment.SetEnvironmentVariable("CODEBRIEF_STORE", null);
        }
    }

    [Fact]
    public async Task Status_EmptyPostgresDatabase_SaysToLoadFirst()
    {
        using var database = new TestPostgres();

        var run = await Run("data", "status", "--store", database.Url);

        run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
        run.Error.ShouldContain("codebrief data load");
    }

    [Fact]
    public async Task Status_NewerSchemaVersion_RefusesAndSaysToUpdate()
    {
        using var database = new TestPostgres();
        (await Run("data", "load", "--store", database.Url, "--mirror", CodeBrief.Testing.SharedData.Folder, "--only", "nucc")).ExitCode.ShouldBe(0);
        database.Execute("UPDATE warehouse_info SET schema_version = 99");

        var run = await Run("data", "status", "--store", database.Url);

        run.ExitCode.ShouldBe(ExitCodes.SourceUnavailable);
        run.Error.ShouldContain("newer");
    }

    [Fact]
    public async Task Ingest_PostgresStore_RefusesAndNamesTheStoreThatKeepsRates()
    {
        using var database = new TestPostgres();
        var file = CodeBrief.Testing.SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates", "in-network-rates-all-negotiated-types-sample.json");

        var run = await Run("ingest", file, "--store", database.Url);

        run.ExitCode.ShouldNotBe(ExitCodes.Success);
        (run.Output + run.Error).ShouldContain("--store");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
