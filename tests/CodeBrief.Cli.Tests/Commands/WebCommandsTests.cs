using System.Net;
using System.Text.RegularExpressions;
using CodeBrief.Testing;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Tests.Commands;

public sealed partial class WebCommandsTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "codebrief-cli-web-" + Guid.NewGuid().ToString("N"));

    public WebCommandsTests()
    {
        Directory.CreateDirectory(_home);
        using var fixture = FixtureWarehouse.Open();
        fixture.CopyTo(Path.Combine(_home, "warehouse.db"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_home, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CodeBriefApp.RunAsync([.. args, "--home", _home], output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task PublishSite_Codes_WritesStaticSiteWithoutOut()
    {
        var site = Path.Combine(_home, "site");
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
        var site = Path.Combine(_home, "site");
        var briefs = Path.Combine(_home, "briefs");
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
        var (code, _, stderr) = await Run("publish", "--site", Path.Combine(_home, "site"), "--codes", "86399");
        code.ShouldBe(2);
        stderr.ShouldContain("86399");
    }

    [Fact]
    public async Task Serve_PortZero_PrintsAddressAndServesUntilCancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource();
        var run = CodeBriefApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--home", _home], output, error, cts.Token);
        string? address = null;
        for (var i = 0; i < 600 && address is null && !run.IsCompleted; i++)
        {
            await Task.Delay(50);
            address = AddressPattern().Match(output.ToString()) is { Success: true } m ? m.Groups[1].Value : null;
        }
        address.ShouldNotBeNull($"no address printed; stderr: {error}");
        using (var client = new HttpClient())
        using (var response = await client.GetAsync(new Uri(new Uri(address), "codes/86320")))
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await cts.CancelAsync();
        (await run).ShouldBe(0);
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressPattern();
}
