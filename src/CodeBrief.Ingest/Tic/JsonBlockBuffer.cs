using System.Buffers;
using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// One pooled buffer refilled from a stream, under a <see cref="Utf8JsonReader"/> that is recreated per block with the
/// saved <see cref="JsonReaderState"/> (the <c>ReadBufferState</c> pattern of System.Text.Json).
/// </summary>
/// <remarks>
/// Unconsumed bytes are shifted to the front on refill; the buffer doubles only when a single token holds more than half
/// of it. Offsets are 0-based counts of decompressed bytes. Not thread-safe; one per file.
/// </remarks>
internal sealed class JsonBlockBuffer : IDisposable
{
    private readonly Stream _stream;
    private readonly string _file;
    private byte[] _buffer;
    private int _start;
    private int _count;
    private bool _final;
    private long _base;
    private JsonReaderState _blockState;
    private bool _bomChecked;

    /// <summary>
    /// The largest single JSON token (a string, number or property name) accepted, in decompressed bytes: 64 MiB. No TiC
    /// field needs more, and the limit bounds the buffer at twice this size whatever the input holds (a 1 MB gzip can
    /// hold a 1 GB string). Skipped containers are scanned in place and are not limited.
    /// </summary>
    public const int MaxTokenBytes = 64 << 20;

    /// <summary>Creates the buffer; call <see cref="Start"/> for the first reader.</summary>
    public JsonBlockBuffer(Stream stream, string file, JsonPathStack path, int size = 1 << 20)
    {
        _stream = stream;
        _file = file;
        Path = path;
        _buffer = ArrayPool<byte>.Shared.Rent(size);
    }

    /// <summary>The path of the current token, maintained by the parser.</summary>
    public JsonPathStack Path { get; }

    /// <summary>The file name used in error messages.</summary>
    public string File => _file;

    /// <summary>Decompressed bytes read so far, counting the current block.</summary>
    public long BytesRead => _base + _count;

    /// <summary>Fills the first block and returns a reader over it.</summary>
    public Utf8JsonReader Start()
    {
        Fill();
        // Strict JSON, as the TiC schema requires: allowing comments would put every token on the reader's slower path.
        _blockState = new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        return new Utf8JsonReader(_buffer.AsSpan(0, _count), _final, _blockState);
    }

    /// <summary>Offset of the current token's first byte in the decompressed file.</summary>
    public long Offset(ref Utf8JsonReader reader) => _base + _start + reader.TokenStartIndex;

    /// <summary>
    /// Shifts every offset this buffer reports by <paramref name="delta"/>: bytes copied out of a file by
    /// <see cref="SkipInto"/> and parsed later report the offsets they had in that file.
    /// </summary>
    public void Rebase(long delta) => _base += delta;

    /// <summary>Reads the next token, refilling as needed; false only at the end of the data.</summary>
    public bool Read(ref Utf8JsonReader reader)
    {
        try
        {
            while (!reader.Read())
            {
                if (_final) return false;
                Refill(ref reader);
            }
            return true;
        }
        catch (JsonException e)
        {
            ReportJsonError(reader.BytesConsumed, e);
            return false;
        }
    }

    /// <summary>Reads the next token and fails with <c>Truncated</c> when the data ends.</summary>
    public void ReadRequired(ref Utf8JsonReader reader)
    {
        if (!Read(ref reader)) ThrowHelper.Truncated(_file, Path.ToString(), BytesRead);
    }

    /// <summary>Skips the value whose first token the reader is on (a scalar, or a whole object or array).</summary>
    /// <remarks>
    /// Objects and arrays are skipped by <see cref="ContainerScanner"/> instead of tokenising them: the reader is then
    /// recreated on the closing bracket with the state saved just after the opening one, so it reads an empty container.
    /// The skipped bytes are checked for balanced brackets and closed strings only, not full JSON grammar; that is the
    /// price of skipping at memory speed.
    /// </remarks>
    public void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var state = reader.CurrentState;
        var pos = _start + (int)reader.BytesConsumed;
        var scan = new ContainerScanState { Depth = 1 };
        while (true)
        {
            var end = ContainerScanner.FindClose(_buffer.AsSpan(pos, _count - pos), ref scan);
            if (end >= 0)
            {
                _start = pos + end;
                _blockState = state;
                reader = new Utf8JsonReader(_buffer.AsSpan(_start, _count - _start), _final, state);
                // Leave the reader on the closing token, as TrySkip does; the byte is in the buffer, so this cannot need a refill.
                ReadRequired(ref reader);
                return;
            }
            if (_final) ThrowHelper.Truncated(_file, Path.ToString(), _base + _count);
            // Everything scanned is dropped; the scan state carries strings and escapes across blocks.
            _base += _count;
            _start = 0;
            _count = 0;
            Fill();
            pos = 0;
        }
    }

    /// <summary>
    /// Skips the container whose opening token the reader is on, as <see cref="Skip"/> does, and copies its bytes (from
    /// the opening to the closing bracket) to <paramref name="into"/>; returns the number of bytes copied.
    /// </summary>
    /// <remarks>
    /// This is how provider groups are set aside without parsing them: the copy runs at scanning speed and holds no more
    /// than one block in memory, whatever the size of the container.
    /// </remarks>
    public long SkipInto(ref Utf8JsonReader reader, Stream into)
    {
        var state = reader.CurrentState;
        var from = _start + (int)reader.TokenStartIndex;
        var pos = _start + (int)reader.BytesConsumed;
        var scan = new ContainerScanState { Depth = 1 };
        long copied = 0;
        while (true)
        {
            var end = ContainerScanner.FindClose(_buffer.AsSpan(pos, _count - pos), ref scan);
            if (end >= 0)
            {
                _start = pos + end;
                into.Write(_buffer, from, _start + 1 - from);
                copied += _start + 1 - from;
                _blockState = state;
                reader = new Utf8JsonReader(_buffer.AsSpan(_start, _count - _start), _final, state);
                ReadRequired(ref reader);
                return copied;
            }
            if (_final) ThrowHelper.Truncated(_file, Path.ToString(), _base + _count);
            into.Write(_buffer, from, _count - from);
            copied += _count - from;
            _base += _count;
            _start = 0;
            _count = 0;
            Fill();
            pos = 0;
            from = 0;
        }
    }

    private void Refill(ref Utf8JsonReader reader)
    {
        var consumed = _start + (int)reader.BytesConsumed;
        var leftover = _count - consumed;
        _start = 0;
        _blockState = reader.CurrentState;
        if (leftover >= MaxTokenBytes) ThrowHelper.TokenTooLarge(_file, Path.ToString(), _base + consumed, MaxTokenBytes);
        if (leftover > _buffer.Length / 2)
        {
            // A single token is larger than half the buffer: only then does the buffer grow.
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(consumed, leftover).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else if (leftover > 0)
        {
            _buffer.AsSpan(consumed, leftover).CopyTo(_buffer);
        }
        _base += consumed;
        _count = leftover;
        Fill();
        reader = new Utf8JsonReader(_buffer.AsSpan(0, _count), _final, _blockState);
    }

    private void Fill()
    {
        try
        {
            while (_count < _buffer.Length)
            {
                var n = _stream.Read(_buffer, _count, _buffer.Length - _count);
                if (n == 0) { _final = true; break; }
                _count += n;
            }
        }
        catch (InvalidDataException e)
        {
            ThrowHelper.Truncated(_file, Path.ToString(), _base + _count, e);
        }
        catch (EndOfStreamException e)
        {
            ThrowHelper.Truncated(_file, Path.ToString(), _base + _count, e);
        }
        catch (CodeBrief.Core.Errors.InputFormatException e) when (e.Location.JsonPath is null && e.Location.ByteOffset is { } at)
        {
            // The stream layer (gzip trailer, CRC) knows the offset; only the parser knows the path, so it is added here.
            ThrowHelper.WithPath(e, Path.ToString(), at);
        }
        if (!_bomChecked)
        {
            _bomChecked = true;
            if (_count >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _buffer.AsSpan(3, _count - 3).CopyTo(_buffer);
                _count -= 3;
                _base = 3;
            }
        }
    }

    /// <summary>
    /// Decides between truncation and malformed JSON by re-reading the current block as if more data could follow:
    /// if that reads to the end without error, the data merely stopped early.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ReportJsonError(long consumedBefore, JsonException error)
    {
        var probe = new Utf8JsonReader(_buffer.AsSpan(_start, _count - _start), isFinalBlock: false, _blockState);
        try
        {
            while (probe.Read()) { }
        }
        catch (JsonException)
        {
            var at = _start + (int)probe.BytesConsumed;
            var end = Math.Min(_count, at + 20);
            ThrowHelper.MalformedJson(_file, Path.ToString(), _base + at, ThrowHelper.Show(_buffer.AsSpan(at, end - at).Trim(" \t\r\n"u8)), error);
        }
        if (_final) ThrowHelper.Truncated(_file, Path.ToString(), _base + _count, error);
        ThrowHelper.MalformedJson(_file, Path.ToString(), _base + _start + consumedBefore, string.Empty, error);
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
