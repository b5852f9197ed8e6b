using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Provider groups set aside on disk while an in-network file is read: a temporary JSON array of records, each holding
/// the <c>provider_groups</c> bytes exactly as the file gave them, so only the groups that kept rates use are ever parsed.
/// </summary>
/// <remarks>
/// <para>A provider reference is <c>{"k":RECORD,"b":{"o":OFFSET,"p":INDEX,"g":[...],"id":"ID","n":"NETWORKS"}}</c>; a
/// remote one is <c>{"k":RECORD,"l":"LOCATION","b":{"o":OFFSET,"p":INDEX,"id":"ID","n":"NETWORKS"}}</c>. An inline group
/// of a rate is <c>{"x":ITEM,"r":RATE,"b":{"o":OFFSET,"g":[...]}}</c>. <c>OFFSET</c> is the decompressed file offset of
/// the copied <c>provider_groups</c>, so errors found when the groups are parsed name the place in the file; <c>"g"</c>
/// comes before the id and networks because the file's bytes stream straight through while the reference's other
/// fields may follow them. What says whether a record is wanted (its number or item) comes first, and the rest is one
/// object <c>"b"</c>, so a record no kept rate uses is passed over in one bracket scan, neither tokenised nor turned
/// into strings (a million-group file holds a million records, of which a filtered read wants a few percent).</para>
/// <para>Memory: one 1 MiB write buffer and the encodings of at most 1,024 network names, whatever the number or size of
/// the groups. The file is created on first use in the temporary folder and deleted when disposed. Not thread-safe; one
/// per reader.</para>
/// </remarks>
internal sealed class GroupSpill : IDisposable
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private FileStream? _file;
    private int _records;
    private readonly Dictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);

    /// <summary>Records begun so far (provider references only; inline groups are not numbered).</summary>
    public int References => _records;

    /// <summary>True once anything was written.</summary>
    public bool Used => _file is not null;

    /// <summary>The stream that <see cref="JsonBlockBuffer.SkipInto"/> copies the <c>"g"</c> bytes into.</summary>
    public Stream Stream => _file ??= Create();

    private static FileStream Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codebrief-groups-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose);
        file.WriteByte((byte)'[');
        return file;
    }

    private void Separate()
    {
        var s = Stream;
        if (s.Position > 1) s.WriteByte((byte)',');
    }

    /// <summary>Begins a provider reference's record up to its <c>"g":</c>; returns the record number.</summary>
    public int BeginReference(long offset, int index)
    {
        var record = BeginRecord(offset, index);
        Ascii(",\"g\":"u8);
        return record;
    }

    /// <summary>Writes a whole record for a remote reference (no groups, a location); returns the record number.</summary>
    public int RemoteReference(long offset, int index, ReadOnlySpan<byte> id, string? networks, string location)
    {
        var record = BeginRecord(offset, index, location);
        EndReference(id, networks);
        return record;
    }

    /// <summary>Opens the next record with its number (and a remote reference's location), then its body with the
    /// reference's offset and index; returns the number.</summary>
    private int BeginRecord(long offset, int index, string? location = null)
    {
        Separate();
        var record = _records++;
        Ascii("{\"k\":"u8);
        Number(record);
        if (location is not null)
        {
            Ascii(",\"l\":"u8);
            Text(location);
        }
        Ascii(",\"b\":{\"o\":"u8);
        Number(offset);
        Ascii(",\"p\":"u8);
        Number(index);
        return record;
    }

    /// <summary>Ends a reference's record after its groups or location.</summary>
    public void EndReference(ReadOnlySpan<byte> id, string? networks)
    {
        // Ids are digits, dots and minus signs (TicValueReader.IdBytes checks), so they need no escaping.
        Ascii(",\"id\":\""u8);
        Stream.Write(id);
        Ascii("\""u8);
        if (networks is not null)
        {
            Ascii(",\"n\":"u8);
            Text(networks);
        }
        Ascii("}}"u8);
    }

    /// <summary>Begins an inline group's record up to its <c>"g":</c>.</summary>
    public void BeginInline(long offset, int item, int rate)
    {
        Separate();
        Ascii("{\"x\":"u8);
        Number(item);
        Ascii(",\"r\":"u8);
        Number(rate);
        Ascii(",\"b\":{\"o\":"u8);
        Number(offset);
        Ascii(",\"g\":"u8);
    }

    /// <summary>Ends an inline group's record.</summary>
    public void EndInline() => Ascii("}}"u8);

    /// <summary>Closes the array and returns the file, positioned at its start, for reading.</summary>
    public Stream OpenForReading()
    {
        Ascii("]"u8);
        var s = Stream;
        s.Flush();
        s.Position = 0;
        return new NonClosingStream(s);
    }

    private void Ascii(ReadOnlySpan<byte> bytes) => Stream.Write(bytes);

    private void Number(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var n);
        Stream.Write(digits[..n]);
    }

    private void Text(string text)
    {
        // Network names repeat from one reference to the next, often alternating (PPO, HMO), so their encodings are kept;
        // at most a thousand, since remote references' locations pass here too and each is new.
        if (!_encoded.TryGetValue(text, out var encoded))
        {
            if (_encoded.Count >= 1024) _encoded.Clear();
            _encoded[text] = encoded = JsonEncodedText.Encode(text, Encoder).EncodedUtf8Bytes.ToArray();
        }
        Ascii("\""u8);
        Stream.Write(encoded);
        Ascii("\""u8);
    }

    /// <summary>Deletes the file.</summary>
    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
    }

    /// <summary>Kept so a reader of the spill does not close it (the spill owns the file).</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
