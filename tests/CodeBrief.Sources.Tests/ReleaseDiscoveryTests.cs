using System.IO.Compression;
using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Tests;

public sealed class ReleaseDiscoveryTests : IDisposable
{
    private const string PfsListing = "/medicare/payment/fee-schedules/physician/pfs-relative-value-files";
    private static readonly ContentRecogniser NoReaders = (_, _) => null;
    private readonly TempHome _temp = new();
    private readonly LoopbackServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private string Home => _temp.Sub("home");

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Listings", name));

    private static byte[] Zip(string member, string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(member).Open(), Encoding.UTF8);
            writer.Write(text);
        }
        return buffer.ToArray();
    }

    private void ServePfsListing()
    {
        _server.Bodies[PfsListing] = Fixture("pfs-relative-value-files.html");
        _server.Bodies[PfsListing + "/rvu25d"] = Fixture("rvu25d.html");
        _server.Bodies[PfsListing + "/rvu26a"] = Fixture("rvu26a.html");
        _server.Bodies["/files/zip/rvu25d.zip"] = Zip("GPCI2025.csv", "2025 gpci");
        _server.Bodies["/files/zip/rvu26a.zip"] = Zip("GPCI2026.csv", "2026 gpci");
    }

    [Theory]
    [InlineData("RVU26A", "2026-01-01")]
    [InlineData("rvu25d.zip", "2025-10-01")]
    [InlineData("25CLABQ2", "2025-04-01")]
    [InlineData("CLFS 2025 Q2V1", "2025-04-01")]
    [InlineData("January 2026 ASP Pricing File (ZIP)", "2026-01-01")]
    [InlineData("/files/zip/october-2025-asp-pricing-file.zip", "2025-10-01")]
    [InlineData("2025 Oct (released 2025-09-11)", "2025-10-01")]
    [InlineData("2025-07", "2025-07-01")]
    [InlineData("2025", "2025-01-01")]
    public void ReleaseDate_ReadsCmsReleaseNames(string text, string first) =>
        ReleaseDate.Read(text).ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void ReleaseDate_NoRelease_IsNull() => ReleaseDate.Read("Back to PFS Relative Value Files").ShouldBeNull();

    [Fact]
    public void UrlMap_MapsHostKeepingPathAndQuery()
    {
        var map = UrlMap.Parse("https://www.cms.gov=http://127.0.0.1:8080, https://www.nucc.org=http://127.0.0.1:9090/nucc");

        map.Apply(new Uri("https://www.cms.gov/files/zip/rvu26a.zip?x=1")).ShouldBe(new Uri("http://127.0.0.1:8080/files/zip/rvu26a.zip?x=1"));
        map.Apply(new Uri("https://www.nucc.org/a.csv")).ShouldBe(new Uri("http://127.0.0.1:9090/nucc/a.csv"));
        map.Apply(new Uri("https://ftp.cdc.gov/x.zip")).ShouldBe(new Uri("https://ftp.cdc.gov/x.zip"));
    }

    [Theory]
    [InlineData("www.cms.gov=http://127.0.0.1:8080")]
    [InlineData("https://www.cms.gov")]
    [InlineData("https://www.cms.gov=ftp://127.0.0.1")]
    public void UrlMap_Malformed_IsAUsageErrorNamingTheVariable(string text) =>
        Should.Throw<UsageException>(() => UrlMap.Parse(text)).Message.ShouldContain(UrlMap.Variable);

    [Fact]
    public async Task FindNewest_PfsListing_PicksTheNewerOfTwoQuartersThroughItsReleasePage()
    {
        ServePfsListing();
        using var http = Downloader.CreateClient(_server.CmsMap);

        var release = await ReleaseDiscovery.FindNewestAsync(http, DatasetCatalog.Find("pfs-rvu")!.Feed!, CancellationToken.None);

        release.Label.ShouldBe("RVU26A");
        release.Effective.ShouldBe(new DateOnly(2026, 1, 1));
        release.Download.ShouldBe(new Uri("https://www.cms.gov/files/zip/rvu26a.zip"));
    }

    [Fact]
    public async Task FindNewest_AspListing_PicksTheNewerQuarterAndSkipsTheCrosswalk()
    {
        _server.Bodies["/medicare/payment/part-b-drugs/asp-pricing-files"] = Fixture("asp-pricing-files.html");
        using var http = Downloader.CreateClient(_server.CmsMap);

        var release = await ReleaseDiscovery.FindNewestAsync(http, DatasetCatalog.Find("asp")!.Feed!, CancellationToken.None);

        release.Label.ShouldBe("January 2026 ASP Pricing File (ZIP)");
        release.Download.ShouldBe(new Uri("https://www.cms.gov/files/zip/january-2026-asp-pricing-file.zip"));
    }

    [Fact]
    public async Task Download_ThroughTheLocalServer_FetchesTheNewerQuarterAndRecordsIt()
    {
        ServePfsListing();
        using var http = Downloader.CreateClient(_server.CmsMap);
        var fetcher = new Fetcher(Home, NoReaders, http);

        var report = await fetcher.DownloadAsync(DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);

        report.Failures.ShouldBeEmpty();
        report.Files.ShouldHaveSingleItem().FileName.ShouldBe("GPCI2026.csv");
        File.ReadAllText(Path.Combine(Home, "raw", "pfs-gpci", "GPCI2026.csv")).ShouldBe("2026 gpci");
        _server.Requests.ShouldNotContain("/files/zip/rvu25d.zip");
        report.Discovered["pfs-gpci"].Label.ShouldBe("RVU26A");
        var known = ReleaseLedger.Read(fetcher.Store)["pfs-gpci"];
        (known.Label, known.Effective, known.Download).ShouldBe(("RVU26A", "2026-01-01", "https://www.cms.gov/files/zip/rvu26a.zip"));
    }

    [Fact]
    public async Task Download_ListingPageMissing_FallsBackToTheCatalogueUrlWithANote()
    {
        _server.Bodies["/files/zip/rvu25d.zip"] = Zip("GPCI2025.csv", "2025 gpci");
        using var http = Downloader.CreateClient(_server.CmsMap);
        var fetcher = new Fetcher(Home, NoReaders, http);

        var report = await fetcher.DownloadAsync(DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);

        report.Files.ShouldHaveSingleItem().FileName.ShouldBe("GPCI2025.csv");
        report.Notes.ShouldContain(n => n.Contains("pfs-relative-value-files", StringComparison.Ordinal) && n.Contains("404", StringComparison.Ordinal));
        report.Notes.ShouldContain(n => n.Contains("catalogue's RVU25D URL", StringComparison.Ordinal));
        report.Discovered.ShouldBeEmpty();
    }

    [Fact]
    public async Task Download_NoFixedUrlAndNoListing_FailsNamingTheLandingPage()
    {
        using var http = Downloader.CreateClient(_server.CmsMap);
        var fetcher = new Fetcher(Home, NoReaders, http);

        var report = await fetcher.DownloadAsync(DatasetCatalog.Select(["asp"]), null, CancellationToken.None);

        report.Failures.ShouldHaveSingleItem().Message.ShouldContain("asp-pricing-files");
    }
}
