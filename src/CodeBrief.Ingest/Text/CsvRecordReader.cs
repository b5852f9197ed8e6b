using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// Splits a comma-separated file into records (RFC 4180 quoting: <c>"a, b"</c>, <c>""</c> for a quote, line breaks
/// inside quotes), keeping the physical line each record starts on.
/// </summary>
/// <remarks>
/// CMS files are small and regular, so a hand-written splitter keeps exact line numbers and column positions that a
/// general CSV library hides. A quoted field still open at end of file throws <see cref="InputErrorKind.Truncated"/>.
/// Not thread safe.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly LineReader _lines;
    private readonly List<string> _fields = new(32);
    private readonly List<int> _starts = new(32);
    private readonly List<int> _ends = new(32);
    private readonly StringBuilder _field = new(256);

    /// <summary>Opens <paramref name="path"/> decoded with <paramref name="encoding"/>; see <see cref="LineReader"/> for <paramref name="maxLineBytes"/>.</summary>
    public CsvRecordReader(string path, Encoding encoding, int maxLineBytes = LineReader.DefaultMaxLineBytes) =>
        _lines = new LineReader(path, encoding, maxLineBytes);

    /// <summary>The file name used in error messages.</summary>
    public string File => _lines.File;

    /// <summary>The last physical line read (1-based).</summary>
    public long LineNumber => _lines.LineNumber;

    /// <summary>False when the file's last line had no line break.</summary>
    public bool LastLineTerminated => _lines.LastLineTerminated;

    /// <summary>Reads the next record; false at end of file.</summary>
    public bool TryRead(out CsvRecord record)
    {
        record = null!; // Callers read it only when this returns true.
        if (!_lines.TryReadLine(out var line)) return false;
        var startLine = _lines.LineNumber;
        _fields.Clear();
        _starts.Clear();
        _ends.Clear();
        var i = 0;
        while (true)
        {
            _field.Clear();
            var fieldStart = i + 1;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        // The quoted field continues on the next physical line.
                        if (!_lines.TryReadLine(out var next))
                            throw new InputFormatException(File, InputErrorKind.Truncated,
                                "the file ends inside a quoted field", new InputLocation(Line: startLine, ColumnStart: fieldStart),
                                found: InputFormatException.Quote(_field.ToString()),
                                fix: "Download the file again; it is incomplete.");
                        if (_field.Length > _lines.MaxLineBytes)
                            throw new InputFormatException(File, InputErrorKind.UnknownFormat,
                                $"expected a quoted field to close, but it runs past {_lines.MaxLineBytes} characters",
                                new InputLocation(Line: startLine, ColumnStart: fieldStart),
                                found: InputFormatException.Quote(_field.ToString(0, Math.Min(_field.Length, 41))));
                        _field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }
                    var c = line[i++];
                    if (c != '"') { _field.Append(c); continue; }
                    if (i < line.Length && line[i] == '"') { _field.Append('"'); i++; continue; }
                    break;
                }
                // Text after a closing quote is kept, as spreadsheet programs do.
                while (i < line.Length && line[i] != ',') _field.Append(line[i++]);
                value = _field.ToString();
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var stop = comma < 0 ? line.Length : comma;
                value = line[i..stop];
                i = stop;
            }
            _fields.Add(value);
            _starts.Add(fieldStart);
            _ends.Add(i);
            if (i >= line.Length) break;
            i++; // the comma
        }
        record = new CsvRecord(startLine, [.. _fields], [.. _starts], [.. _ends]);
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _lines.Dispose();
}
