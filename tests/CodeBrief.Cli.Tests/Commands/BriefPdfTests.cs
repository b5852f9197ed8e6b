using CodeBrief.Cli.Commands;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary><c>brief --format pdf</c> prints the HTML brief through headless Chromium (Debian's chromium in CI).</summary>
[Collection("chromium")]
public sealed class BriefPdfTests : IDisposable
{
    private readonly FixtureHome _fixture = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("CODEBRIEF_CHROMIUM", null);
        _fixture.Dispose();
    }

    [Fact]
    public async Task Brief86320_FormatPdf_WritesAPdfFile()
    {
        if (Environment.GetEnvironmentVariable("CODEBRIEF_SKIP_BROWSER") == "1") return;
        PdfPrinter.Find().ShouldNotBeNull("brief --format pdf needs chromium: apt-get install -y chromium (or CODEBRIEF_SKIP_BROWSER=1)");
        var pdf = System.IO.Path.Combine(_fixture.Path, "86320.pdf");
        var (code, stdout, err) = await _fixture.Run("brief", "86320", "--format", "pdf", "--out", pdf);
        code.ShouldBe(0, err);
        stdout.ShouldBeEmpty();
        err.ShouldContain($"wrote {pdf}");
        var bytes = await File.ReadAllBytesAsync(pdf);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        bytes.Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task FormatPdf_NoChromium_ExitCode3NamingTheInstallCommand()
    {
        Environment.SetEnvironmentVariable("CODEBRIEF_CHROMIUM", System.IO.Path.Combine(_fixture.Path, "no-such-chromium"));
        var pdf = System.IO.Path.Combine(_fixture.Path, "x.pdf");
        var (code, _, err) = await _fixture.Run("brief", "86320", "--format", "pdf", "--out", pdf);
        code.ShouldBe(3);
        err.ShouldContain("apt-get install -y chromium");
        File.Exists(pdf).ShouldBeFalse();
    }
}
