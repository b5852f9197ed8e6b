using System.Net;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Commands;

public sealed class WebCommandsTests : IDisposable
{
    private readonly FixtureHome _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _fixture.Run(args);

    [Fact]
    public async Task PublishSite_Codes_WritesStaticSiteWithoutOut()
    {
        var site = Path.Combine(_fixture.Path, "site");
        var (code, stdout, stderr) = await Run("publish", "--site", site, "--codes", "86320,99292");
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("static site with 2 briefs");
        File.Exists(Path.Combine(site, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "codes", "86320.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "api", "codes", "99292.json")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "assets", "search-index.js")).ShouldBeTrue();
    }

    [Fact]
    public async Task PublishSite_WithOut_WritesBothSiteAndBriefs()
    {
        var site = Path.Combine(_fixture.Path, "site");
        var briefs = Path.Combine(_fixture.Path, "briefs");
        var (code, _, stderr) = await Run("publish", "--site", site, "--out", briefs, "--codes", "86320", "--format", "md");
        code.ShouldBe(0, stderr);
        File.Exists(Path.Combine(site, "codes", "86320.html")).ShouldBeTrue();
        File.Exists(Path.Combine(briefs, "86320.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task Publish_NeitherOutNorSite_IsUsageError()
    {
        var (code, _, stderr) = await Run("publish", "--codes", "86320");
        code.ShouldBe(2);
        stderr.ShouldContain("--site");
    }

    [Fact]
    public async Task PublishSite_UnknownCode_IsUsageError()
    {
        var (code, _, stderr) = await Run("publish", "--site", Path.Combine(_fixture.Path, "site"), "--codes", "86399");
        code.ShouldBe(2);
        stderr.ShouldContain("86399");
    }

    [Fact]
    public async Task Serve_PortZero_PrintsAddressAndServesUntilCancelled()
    {
        await using var serve = await RunningServe.StartAsync("--home", _fixture.Path);
        using (var response = await serve.Client.GetAsync(new Uri("codes/86320", UriKind.Relative)))
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await serve.StopAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Serve_NewerClfsLoadedWhileRunning_NextRequestShowsTheNewFigures()
    {
        await using var serve = await RunningServe.StartAsync("--home", _fixture.Path);
        var client = serve.Client;
        (await client.GetStringAsync(new Uri("codes/82331", UriKind.Relative))).ShouldContain("$13.34");

        // The next quarter's file: the same rows, 82331's national limit raised.
        var next = Path.Combine(_fixture.Path, "CLFS 2025 Q3V1.csv");
        var lines = await File.ReadAllLinesAsync(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        lines[1009] = lines[1009].Replace(",00013.34,", ",00014.00,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(next, lines);
        var (load, _, loadError) = await Run("data", "load", next);
        load.ShouldBe(0, loadError);

        using (var response = await client.GetAsync(new Uri("codes/82331", UriKind.Relative)))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await response.Content.ReadAsStringAsync();
            page.ShouldContain("$14.00");
            page.ShouldContain("2025Q3V1");
        }
        using (var unseen = await client.GetAsync(new Uri("codes/83789", UriKind.Relative)))
            unseen.StatusCode.ShouldBe(HttpStatusCode.OK); // its rows point at the new source: no stale source list, no 500
        (await serve.StopAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData(";")]
    public async Task Serve_MalformedUrls_ExitsBadInputWithoutStackTrace(string urls)
    {
        var (code, _, stderr) = await Run("serve", "--urls", urls);

        code.ShouldBe(ExitCodes.BadInput);
        stderr.ShouldContain("--urls");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsUnavailableNamingThePort()
    {
        using var holder = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (code, _, stderr) = await Run("serve", "--urls", $"http://127.0.0.1:{port}");

        code.ShouldBe(ExitCodes.SourceUnavailable);
        stderr.ShouldContain($"127.0.0.1:{port}");
        stderr.ShouldContain("in use");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Serve_EmptyHome_SaysToLoadAndFetchesOrWritesNothing()
    {
        var empty = Path.Combine(_fixture.Path, "empty");
        Directory.CreateDirectory(empty);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CodeBriefApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--home", empty], output, error, CancellationToken.None);

        code.ShouldBe(ExitCodes.SourceUnavailable);
        error.ToString().ShouldContain("codebrief data load");
        Directory.EnumerateFileSystemEntries(empty).ShouldBeEmpty();
    }

}
