using System.IO.Compression;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Reads a decompressing stream (gzip or a zip entry) and turns its integrity failures into
/// <see cref="CodeBrief.Core.Errors.InputFormatException"/>s that name the file and the decompressed offset.
/// </summary>
/// <remarks>
/// <para>What <see cref="GZipStream"/> itself does, measured on .NET 10: it checks the CRC-32 and length of every member
/// whose trailer is present (a mismatch is an <see cref="InvalidDataException"/> with a misleading message), reads
/// concatenated members as one stream, ignores bytes after the last member, and returns end-of-data without complaint
/// when the input stops inside the deflate data or inside or before the trailer.</para>
/// <para>So for gzip this stream adds the missing check: at the end of the data the last four bytes of the file (the
/// trailer's ISIZE, the last member's length modulo 2^32) must equal the length of the last member. Every read of
/// <see cref="GZipStream"/> ends at a member boundary when one is crossed, so the member starts are among the read
/// ends this stream records. A file that stops early ends in deflate or CRC bytes, which match one of those lengths
/// only by chance (about one in 2^32 per member start). Offsets are 0-based decompressed bytes. One reader thread.</para>
/// </remarks>
internal sealed class CheckedStream : ForwardReadStream
{
    private readonly Stream _inner;
    private readonly string _file;
    private readonly uint? _lastMemberLength;
    private readonly HashSet<uint> _readEnds = [0];
    private readonly uint? _entryCrc;
    private readonly long? _entryLength;
    private uint _crc = 0xFFFFFFFF;
    private long _position;
    private bool _ended;

    /// <summary>Wraps a zip entry's stream: at its end the CRC-32 and length must match the archive's record of them
    /// (.NET does not check them when reading).</summary>
    public CheckedStream(Stream inner, string file, uint entryCrc, long entryLength) : this(inner, file, gzip: false, null)
    {
        _entryCrc = entryCrc;
        _entryLength = entryLength;
    }

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="gzipTrailerLength"/> is the ISIZE read from the file's
    /// last four bytes for gzip (null when the file is too short to hold a trailer), and unused for zip entries.</summary>
    public CheckedStream(Stream inner, string file, bool gzip, uint? gzipTrailerLength)
    {
        _inner = inner;
        _file = file;
        IsGzip = gzip;
        _lastMemberLength = gzipTrailerLength;
    }

    private bool IsGzip { get; }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        int n;
        try
        {
            n = _inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            ThrowHelper.Corrupt(_file, IsGzip
                ? "expected gzip data whose deflate blocks, CRC-32 and length check, found damaged data"
                : "expected a zip entry whose data and CRC-32 check, found damaged data", _position, e);
            return 0;
        }
        if (n == 0)
        {
            if (!_ended && IsGzip) CheckTrailer();
            if (!_ended && _entryCrc is { } crc) CheckEntry(crc);
            _ended = true;
            return 0;
        }
        if (_entryCrc is not null) _crc = Crc32.Update(_crc, buffer[..n]);
        _position += n;
        if (IsGzip) _readEnds.Add((uint)_position);
        return n;
    }

    private void CheckTrailer()
    {
        // The last member starts at a read end b with (end - b) mod 2^32 equal to its ISIZE.
        if (_lastMemberLength is { } isize && _readEnds.Contains(unchecked((uint)_position - isize))) return;
        throw new CodeBrief.Core.Errors.InputFormatException(_file, CodeBrief.Core.Errors.InputErrorKind.Truncated,
            "expected the gzip data to end with its trailer (CRC-32 and length), found the file ending without it",
            new CodeBrief.Core.Errors.InputLocation(ByteOffset: _position), fix: "Download the file again; it is incomplete.");
    }

    private void CheckEntry(uint crc)
    {
        if (_position == _entryLength && ~_crc == crc) return;
        ThrowHelper.Corrupt(_file, _position == _entryLength
            ? "expected the zip entry's data to match its CRC-32, found other data"
            : $"expected the zip entry to hold {_entryLength} bytes, found {_position}", _position);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
