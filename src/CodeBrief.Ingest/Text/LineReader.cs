using System.Globalization;
using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// Reads a text file one physical line at a time, decoding each line strictly so that a bad byte is reported with its
/// line and column instead of silently becoming U+FFFD.
/// </summary>
/// <remarks>
/// Lines end at LF; a CR before the LF is dropped. Line numbers are 1-based. Columns in errors are 1-based byte
/// positions within the line. A UTF-8 byte order mark switches decoding to strict UTF-8. Not thread safe.
/// </remarks>
internal sealed class LineReader : IDisposable
{
    private const int BlockSize = 64 * 1024;

    /// <summary>The longest line accepted by default, in bytes: far above any CMS reference file's longest line.</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    private readonly Stream _stream;
    private readonly string _file;
    private Encoding _encoding;
    private byte[] _buffer = new byte[BlockSize];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;

    /// <summary>
    /// Opens <paramref name="path"/>; <paramref name="encoding"/> must throw on invalid bytes. A line longer than
    /// <paramref name="maxLineBytes"/> throws <see cref="InputErrorKind.UnknownFormat"/>, so that offering a
    /// multi-gigabyte minified JSON file to a text format fails fast instead of buffering it whole.
    /// </summary>
    public LineReader(string path, Encoding encoding, int maxLineBytes = DefaultMaxLineBytes)
    {
        _file = Path.GetFileName(path);
        _encoding = encoding;
        MaxLineBytes = maxLineBytes;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    /// <summary>The 1-based number of the line last returned; 0 before the first.</summary>
    public long LineNumber { get; private set; }

    /// <summary>False when the last line returned ended at end of file without a line break.</summary>
    public bool LastLineTerminated { get; private set; } = true;

    /// <summary>The file name used in error messages.</summary>
    public string File => _file;

    /// <summary>The longest line accepted, in bytes.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Reads the next line without its line break; false at end of file.</summary>
    public bool TryReadLine(out string line)
    {
        line = "";
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Decode(_buffer.AsSpan(_start, scanned + newline));
                _start += scanned + newline + 1;
                LastLineTerminated = true;
                return true;
            }
            scanned = _end - _start;
            if (_eof)
            {
                if (scanned == 0) return false;
                line = Decode(_buffer.AsSpan(_start, scanned));
                _start = _end;
                LastLineTerminated = false;
                return true;
            }
            Refill();
        }
    }

    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        // A line longer than the buffer doubles it; CMS lines are far shorter than one block.
        if (_end == _buffer.Length)
        {
            if (_end > MaxLineBytes)
                throw new InputFormatException(_file, InputErrorKind.UnknownFormat,
                    $"expected lines of text, but line {LineNumber + 1} is longer than {MaxLineBytes} bytes",
                    new InputLocation(Line: LineNumber + 1), fix: "Check that the file is a text file of the expected dataset.");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
        if (!_bomChecked)
        {
            _bomChecked = true;
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
                _start = 3;
            }
        }
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        LineNumber++;
        if (!bytes.IsEmpty && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        string text;
        try
        {
            text = _encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : 0;
            throw BadEncoding(ex.Index >= 0 ? ex.Index + 1 : null, bad, ex);
        }
        // Windows-1252 decodes its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) to C1 controls instead of
        // failing, and a NUL means a binary or UTF-16 file: neither belongs in a CMS text file.
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\0' || text[i] is >= '\u0080' and <= '\u009F')
                throw BadEncoding(i + 1, text[i], null);
        return text;
    }

    private InputFormatException BadEncoding(int? column, int value, Exception? inner) =>
        new(_file, InputErrorKind.BadEncoding,
            $"expected text in {_encoding.WebName}, but a byte is not valid text in that encoding",
            new InputLocation(Line: LineNumber, ColumnStart: column),
            found: "0x" + value.ToString("X2", CultureInfo.InvariantCulture),
            fix: "Load the file as published by the source, not re-saved in another encoding.", inner: inner);

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
