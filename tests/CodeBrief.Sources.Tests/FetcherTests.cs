using System.IO.Compression;
using System.Text;
using CodeBrief.Testing;

namespace CodeBrief.Sources.Tests;

public sealed class FetcherTests : IDisposable
{
    private static readonly ContentRecogniser NoReaders = (_, _) => null;
    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Home => _temp.Sub("home");

    [Fact]
    public void FetchFromMirror_SharedData_CopiesFilesByteForByte()
    {
        var fetcher = new Fetcher(Home, NoReaders);
        var datasets = DatasetCatalog.Select(["clfs", "pfs-gpci"]);

        var report = fetcher.FetchFromMirror(new Mirror(SharedData.Folder, NoReaders), datasets, null, CancellationToken.None);

        report.Files.Select(f => (f.Dataset, f.FileName, f.Outcome)).ShouldBe(
            [("clfs", "CLFS 2025 Q2V1.csv", FetchOutcome.Copied), ("pfs-gpci", "GPCI2025.csv", FetchOutcome.Copied)]);
        var copied = Path.Combine(Home, "raw", "clfs", "CLFS 2025 Q2V1.csv");
        FileHash.Sha256(copied).ShouldBe("53103c146d26e5078fbfb3a563ccc09a217da94b250b9b5700f2e940af801948");
        report.Files[0].Sha256.ShouldBe(FileHash.Sha256(copied));
        report.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void FetchFromMirror_SameFilesAgain_ReportsUnchangedAndLeavesNoTempFiles()
    {
        var mirror = MakeMirror(("pfs", "GPCI2025.csv", "gpci v1"));
        var fetcher = new Fetcher(Home, NoReaders);
        fetcher.FetchFromMirror(mirror, DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);

        var again = fetcher.FetchFromMirror(mirror, DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);

        again.Files.ShouldHaveSingleItem().Outcome.ShouldBe(FetchOutcome.Unchanged);
        Directory.GetFiles(Path.Combine(Home, "raw", "pfs-gpci")).Select(Path.GetFileName).ShouldBe(["GPCI2025.csv"]);
    }

    [Fact]
    public void FetchFromMirror_NewQuarter_ReplacesTheOlderFileInRaw()
    {
        var fetcher = new Fetcher(Home, NoReaders);
        fetcher.FetchFromMirror(MakeMirror(("pfs", "GPCI2025.csv", "2025")), DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);
        var newer = new Mirror(_temp.Sub("mirror2"), NoReaders);
        Directory.CreateDirectory(newer.Root);
        File.WriteAllText(Path.Combine(newer.Root, "GPCI2026.csv"), "2026");

        var report = fetcher.FetchFromMirror(newer, DatasetCatalog.Select(["pfs-gpci"]), null, CancellationToken.None);

        report.Files.ShouldHaveSingleItem().Outcome.ShouldBe(FetchOutcome.Copied);
        Directory.GetFiles(Path.Combine(Home, "raw", "pfs-gpci")).Select(Path.GetFileName).ShouldBe(["GPCI2026.csv"]);
    }

    [Fact]
    public void FetchFromMirror_DatasetNotInMirror_IsReportedMissing()
    {
        var report = new Fetcher(Home, NoReaders).FetchFromMirror(MakeMirror(("x", "GPCI2025.csv", "g")),
            DatasetCatalog.Select(["pfs-gpci", "ncci-mue"]), null, CancellationToken.None);

        report.Missing.ShouldBe(["ncci-mue"]);
        Directory.Exists(Path.Combine(Home, "raw", "ncci-mue")).ShouldBeFalse();
    }

    [Fact]
    public void FetchFromMirror_DatasetOnlyInsideAZip_IsUnpackedFromIt()
    {
        var root = _temp.Sub("zipmirror", "medicare_pfs");
        Directory.CreateDirectory(root);
        var zip = Path.Combine(root, "rvu25d.zip");
        File.WriteAllBytes(zip, Zip(("GPCI2025.csv", "gpci"), ("RVU25D.pdf", "pdf")));
        File.WriteAllText(Path.Combine(root, "ANES2025.csv"), "plain anes");

        var report = new Fetcher(Home, NoReaders).FetchFromMirror(new Mirror(_temp.Sub("zipmirror"), NoReaders),
            DatasetCatalog.Select(["pfs-gpci", "pfs-anes"]), null, CancellationToken.None);

        report.Files.Select(f => (f.Dataset, f.FileName, f.Origin)).ShouldBe(
            [("pfs-anes", "ANES2025.csv", Path.Combine(root, "ANES2025.csv")), ("pfs-gpci", "GPCI2025.csv", zip)]);
        File.ReadAllText(Path.Combine(Home, "raw", "pfs-gpci", "GPCI2025.csv")).ShouldBe("gpci");
        report.Missing.ShouldBeEmpty();
        Directory.GetFileSystemEntries(Path.Combine(Home, "raw", ".download")).ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_SharedZip_IsRequestedOnceAndSplitIntoRecognisedMembers()
    {
        var handler = new FakeHandler();
        var rvu = new Uri("https://www.cms.gov/files/zip/rvu25d.zip");
        handler.Bodies[rvu] = Zip(("rvu25d/PPRRVU2025_Oct.csv", "rvu"), ("GPCI2025.csv", "gpci"), ("RVU25D.pdf", "pdf"), ("../ANES2025.csv", "anes"));
        using var http = new HttpClient(handler);
        var fetcher = new Fetcher(Home, (dataset, path) => dataset != "pfs-anes" || File.ReadAllText(path) == "anes", http);

        var report = await fetcher.DownloadAsync(DatasetCatalog.Select(["pfs-rvu", "pfs-gpci", "pfs-anes"]), null, CancellationToken.None);

        // The listing page (not served here) is read once for the three datasets, then the catalogue's zip once.
        handler.Requests.ShouldBe([DatasetCatalog.Find("pfs-rvu")!.Feed!.Listing, rvu]);
        report.Failures.ShouldBeEmpty();
        report.Files.Select(f => (f.Dataset, f.FileName, f.Outcome, f.Origin)).ShouldBe(
        [
            ("pfs-rvu", "PPRRVU2025_Oct.csv", FetchOutcome.Downloaded, rvu.ToString()),
            ("pfs-gpci", "GPCI2025.csv", FetchOutcome.Downloaded, rvu.ToString()),
            ("pfs-anes", "ANES2025.csv", FetchOutcome.Downloaded, rvu.ToString()),
        ]);
        report.Files.ShouldAllBe(f => f.ContentChecked);
        File.ReadAllText(Path.Combine(Home, "raw", "pfs-anes", "ANES2025.csv")).ShouldBe("anes");
        File.Exists(Path.Combine(Home, "raw", "ANES2025.csv")).ShouldBeFalse();
        Directory.GetFileSystemEntries(Path.Combine(Home, "raw", ".download")).ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_PlainFile_IsStoredUnderItsUrlName()
    {
        var handler = new FakeHandler();
        var url = DatasetCatalog.Find("nucc")!.Downloads.Single();
        handler.Bodies[url] = Encoding.UTF8.GetBytes("Code,Grouping\n");
        using var http = new HttpClient(handler);

        var report = await new Fetcher(Home, NoReaders, http).DownloadAsync(DatasetCatalog.Select(["nucc"]), null, CancellationToken.None);

        report.Files.ShouldHaveSingleItem().FileName.ShouldBe("nucc_taxonomy_251.csv");
        report.Files[0].ContentChecked.ShouldBeFalse();
        File.ReadAllText(Path.Combine(Home, "raw", "nucc", "nucc_taxonomy_251.csv")).ShouldBe("Code,Grouping\n");
    }

    [Fact]
    public async Task DownloadAsync_NetworkFailure_NamesTheUrlSuggestsMirrorAndFetchesTheRest()
    {
        var handler = new FakeHandler();
        var icd = DatasetCatalog.Find("icd10cm")!.Downloads.Single();
        var nucc = DatasetCatalog.Find("nucc")!.Downloads.Single();
        handler.Failures[icd] = new HttpRequestException("Name or service not known (ftp.cdc.gov:443)");
        handler.Bodies[nucc] = Encoding.UTF8.GetBytes("x");
        using var http = new HttpClient(handler);

        var report = await new Fetcher(Home, NoReaders, http).DownloadAsync(DatasetCatalog.Select(["icd10cm", "nucc"]), null, CancellationToken.None);

        var failure = report.Failures.ShouldHaveSingleItem();
        failure.Dataset.ShouldBe("icd10cm");
        failure.Url.ShouldBe(icd);
        failure.Message.ShouldContain(icd.ToString());
        failure.Message.ShouldContain("Name or service not known");
        failure.Message.ShouldContain("--mirror");
        report.Files.ShouldHaveSingleItem().Dataset.ShouldBe("nucc");
    }

    [Fact]
    public async Task DownloadAsync_NotFound_ReportsTheStatus()
    {
        using var http = new HttpClient(new FakeHandler());

        var report = await new Fetcher(Home, NoReaders, http).DownloadAsync(DatasetCatalog.Select(["clfs"]), null, CancellationToken.None);

        report.Failures.ShouldHaveSingleItem().Message.ShouldContain("404");
        report.Files.ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_ZipWithoutRecognisedMember_FailsThatDataset()
    {
        var handler = new FakeHandler();
        var url = DatasetCatalog.Find("clfs")!.Downloads.Single();
        handler.Bodies[url] = Zip(("CLFS 2025 Q2V1.csv", "not a clfs file"));
        using var http = new HttpClient(handler);

        var report = await new Fetcher(Home, (_, _) => false, http).DownloadAsync(DatasetCatalog.Select(["clfs"]), null, CancellationToken.None);

        report.Failures.ShouldHaveSingleItem().Message.ShouldContain("no file in it was recognised as clfs");
        Directory.Exists(Path.Combine(Home, "raw", "clfs")).ShouldBeFalse();
    }

    [Fact]
    public async Task DownloadAsync_DatasetWithoutDirectDownload_PointsAtTheLandingPage()
    {
        using var http = new HttpClient(new FakeHandler());

        var report = await new Fetcher(Home, NoReaders, http).DownloadAsync(DatasetCatalog.Select(["ncci-aoc"]), null, CancellationToken.None);

        var failure = report.Failures.ShouldHaveSingleItem();
        failure.Url.ShouldBeNull();
        failure.Message.ShouldContain("medicare-ncci-add-code-edits");
    }

    private Mirror MakeMirror(params (string Folder, string Name, string Text)[] files)
    {
        var root = _temp.Sub("mirror");
        foreach (var (folder, name, text) in files)
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
            File.WriteAllText(Path.Combine(root, folder, name), text);
        }
        return new Mirror(root, NoReaders);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return memory.ToArray();
    }
}
