using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>A file that changes on disk while it is read is refused with its name and the byte reached, never loaded as a mixture.</summary>
public sealed class FileChangeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-tic-change-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("plan.json", false)]
    [InlineData("plan.json.gz", true)]
    public void Read_FileGrowsWhileRead_ThrowsCorruptNamingTheFile(string name, bool gzip)
    {
        // Random text, so even compressed the file is larger than what the first reads take: the append happens mid-read.
        var noise = Convert.ToBase64String(new Random(5).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 3 << 20));
        var json = Encoding.UTF8.GetBytes(Fixtures.Quirky.Replace("\"Quirky Health\"", "\"" + noise + "\"", StringComparison.Ordinal));
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, gzip ? TicStreamsIntegrityTests.Gzip(json) : json);
        using var stream = TicStreams.Open(path, prefetch: false);
        var head = new byte[1024];
        stream.ReadExactly(head);
        File.AppendAllText(path, "   "); // a download still being written
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var e = Should.Throw<InputFormatException>(() => stream.CopyTo(Stream.Null));
        e.Kind.ShouldBe(InputErrorKind.Corrupt);
        e.File.ShouldBe(name);
        e.Message.ShouldContain("changed");
        e.Message.ShouldContain("of the file on disk");
    }

    [Fact]
    public void Read_FileChangedUnderTheReader_FailsTheIngestWithoutFacts()
    {
        var json = Encoding.UTF8.GetBytes(Fixtures.Quirky.Replace("\"Quirky Health\"", "\"" + new string('q', 3 << 20) + "\"", StringComparison.Ordinal));
        var path = Path.Combine(_folder, "plan.json");
        File.WriteAllBytes(path, json);
        var sink = new CollectingSink();
        using var stream = TicStreams.Open(path, prefetch: false);
        var reader = new InNetworkReader("plan.json", CodeFilter.All, sink);
        File.WriteAllBytes(path, [.. json, .. " "u8]); // replaced in place before the reader reaches the end
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Should.Throw<InputFormatException>(() => reader.Read(stream)).Kind.ShouldBe(InputErrorKind.Corrupt);
        sink.Header.ShouldBeNull(); // OnHeader comes only after a whole, successful read
    }
}
