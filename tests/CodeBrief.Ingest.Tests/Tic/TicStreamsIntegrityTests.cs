using System.IO.Compression;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>What the stream layer checks: gzip trailers and CRCs, zip archives and entries, and the content hash.</summary>
public sealed class TicStreamsIntegrityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-tic-streams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly byte[] Json = Encoding.UTF8.GetBytes(Fixtures.Quirky);

    internal static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, level, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] ReadAll(string path, bool prefetch = true, ContentHash? hash = null)
    {
        using var stream = TicStreams.Open(path, prefetch, hash);
        var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("plain.json", false)]
    [InlineData("packed.json.gz", true)]
    public void Open_WithProgress_ReportsTheFileBytesReadUpToItsLength(string name, bool gzip)
    {
        var path = Write(name, gzip ? Gzip(Json) : Json);
        var reports = new List<long>();
        using (var stream = TicStreams.Open(path, prefetch: true, progress: reports.Add))
            stream.CopyTo(Stream.Null);

        reports.ShouldNotBeEmpty();
        reports.ShouldBeInOrder(SortDirection.Ascending);
        reports[^1].ShouldBe(new FileInfo(path).Length);
    }

    [Theory]
    [InlineData(8)] // the whole trailer
    [InlineData(4)] // its length half
    [InlineData(1)]
    public void Open_GzipWithoutTrailer_ThrowsTruncatedAtDecompressedEnd(int cut)
    {
        var path = Write("plan.json.gz", Gzip(Json)[..^cut]);
        var e = Should.Throw<InputFormatException>(() => ReadAll(path));
        e.Kind.ShouldBe(InputErrorKind.Truncated);
        e.File.ShouldBe("plan.json.gz");
        e.Location.ByteOffset.ShouldBe(Json.Length);
    }

    [Fact]
    public void Open_GzipCutInsideDeflateData_ThrowsTruncated()
    {
        var gz = Gzip(Json);
        var path = Write("plan.json.gz", gz[..(gz.Length / 2)]);
        Should.Throw<InputFormatException>(() => ReadAll(path, prefetch: false)).Kind.ShouldBe(InputErrorKind.Truncated);
    }

    [Theory]
    [InlineData(8)] // first CRC byte
    [InlineData(2)] // a length byte
    public void Open_GzipTrailerDoesNotMatch_ThrowsCorruptWithOffset(int fromEnd)
    {
        var gz = Gzip(Json);
        gz[^fromEnd] ^= 0x01;
        var path = Write("plan.json.gz", gz);
        var e = Should.Throw<InputFormatException>(() => ReadAll(path));
        e.Kind.ShouldBe(InputErrorKind.Corrupt);
        e.Location.ByteOffset.ShouldNotBeNull().ShouldBeInRange(0, Json.Length);
    }

    [Fact]
    public void Open_ConcatenatedGzipMembers_ReadsEveryMember()
    {
        var half = Json.Length / 2;
        var path = Write("plan.json.gz", [.. Gzip(Json[..half]), .. Gzip(Json[half..], CompressionLevel.Fastest)]);
        ReadAll(path).ShouldBe(Json);
    }

    [Fact]
    public void Open_ConcatenatedGzipWithLastMemberCut_ThrowsTruncated()
    {
        var half = Json.Length / 2;
        var path = Write("plan.json.gz", [.. Gzip(Json[..half]), .. Gzip(Json[half..])[..^8]]);
        Should.Throw<InputFormatException>(() => ReadAll(path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }

    [Fact]
    public void ContentHash_SameDataInAnyWrapper_IsEqual()
    {
        var plain = Write("plan.json", Json);
        var fast = Write("plan-fast.json.gz", Gzip(Json, CompressionLevel.Fastest));
        var small = Write("plan-small.json.gz", Gzip(Json, CompressionLevel.SmallestSize));
        var zip = Path.Combine(_folder, "plan.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("in/plan.json").Open())
            entry.Write(Json);
        var hashes = new List<string>();
        foreach (var path in new[] { plain, fast, small, zip })
        {
            using var hash = new ContentHash();
            ReadAll(path, prefetch: true, hash).ShouldBe(Json);
            hash.Bytes.ShouldBe(Json.Length);
            hashes.Add(hash.Hex);
        }
        hashes.Distinct().Count().ShouldBe(1);
        hashes[0].ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Json)));
    }

    [Fact]
    public void Open_ZipWithSeveralJsonEntries_RefusesAndExpandNamesEach()
    {
        var zip = Path.Combine(_folder, "plans.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "a.json", "readme.txt", "b/c.json" })
                using (var entry = archive.CreateEntry(name).Open())
                    entry.Write(Encoding.UTF8.GetBytes(name));
        }
        Should.Throw<InputFormatException>(() => ReadAll(zip)).Kind.ShouldBe(InputErrorKind.UnknownFormat);
        var parts = TicStreams.Expand(zip);
        parts.ShouldBe([zip + "!a.json", zip + "!b/c.json"]);
        Encoding.UTF8.GetString(ReadAll(parts[1])).ShouldBe("b/c.json");
        TicStreams.DisplayName(parts[1]).ShouldBe("plans.zip!b/c.json");
    }

    [Fact]
    public void Open_TruncatedZip_ThrowsCorrupt()
    {
        var zip = Path.Combine(_folder, "plan.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("plan.json").Open())
            entry.Write(Json);
        var bytes = File.ReadAllBytes(zip);
        var cut = Write("cut.zip", bytes[..(bytes.Length * 2 / 3)]);
        var e = Should.Throw<InputFormatException>(() => ReadAll(cut));
        e.Kind.ShouldBe(InputErrorKind.Corrupt);
        e.File.ShouldBe("cut.zip");
    }

    [Fact]
    public void Open_ZipEntryWithDamagedData_ThrowsInputFormatException()
    {
        var zip = Path.Combine(_folder, "plan.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var entry = archive.CreateEntry("plan.json", CompressionLevel.NoCompression).Open())
            entry.Write(Json);
        var bytes = File.ReadAllBytes(zip);
        bytes[30 + "plan.json".Length + 40] ^= 0x20; // a byte of the stored entry data: its CRC-32 no longer matches
        var damaged = Write("damaged.zip", bytes);
        Should.Throw<InputFormatException>(() => ReadAll(damaged)).Kind.ShouldBe(InputErrorKind.Corrupt);
    }
}
