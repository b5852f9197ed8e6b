using System.Globalization;
using CodeBrief.Core.Errors;
using CsvHelper;
using CsvHelper.Configuration;

namespace CodeBrief.Ingest.Reference;

/// <summary>
/// An RFC-4180 CSV file read record by record through CsvHelper's parser, with the physical line each record starts on.
/// </summary>
/// <remarks>A quoted field may span lines, so a record's row number is the line it starts on, not <c>RawRow</c> (the line
/// it ends on). Stray quotes in an unquoted field do not stop the read: <see cref="BadData"/> is set for that record so the
/// caller can reject it. Not thread safe.</remarks>
internal sealed class ReferenceCsv : IDisposable
{
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    /// <summary>Opens <paramref name="path"/> as UTF-8 CSV (invalid bytes become U+FFFD; see <see cref="ReferenceFile"/>).</summary>
    public ReferenceCsv(string path)
    {
        Path = path;
        _text = ReferenceFile.OpenText(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => BadData = true,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        _parser = new CsvParser(_text, config);
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The 1-based line the current record starts on.</summary>
    public long StartLine { get; private set; }

    /// <summary>True when the current record had a quote where RFC 4180 allows none.</summary>
    public bool BadData { get; private set; }

    /// <summary>Number of fields in the current record.</summary>
    public int Count => _parser.Count;

    /// <summary>The field at <paramref name="index"/> (0-based), or null past the end of the record.</summary>
    public string? this[int index] => index < _parser.Count ? _parser[index] : null;

    /// <summary>Moves to the next record; false at the end. Throws <see cref="InputFormatException"/> when CsvHelper
    /// cannot parse the record.</summary>
    public bool Read()
    {
        BadData = false;
        bool more;
        try
        {
            more = _parser.Read();
        }
        catch (CsvHelperException e)
        {
            throw new InputFormatException(System.IO.Path.GetFileName(Path), InputErrorKind.Truncated,
                "Expected a complete CSV record, but the file ends inside a quoted field", new InputLocation(Line: _parser.RawRow),
                inner: e);
        }
        if (!more) return false;
        var raw = _parser.RawRecord.AsSpan().TrimEnd("\r\n");
        StartLine = _parser.RawRow - raw.Count('\n');
        return true;
    }

    /// <summary>The problem when a field of the current record holds an invalid byte, or null.</summary>
    public InputFormatException? BadEncoding()
    {
        for (var i = 0; i < _parser.Count; i++)
            if (ReferenceFile.BadEncoding(System.IO.Path.GetFileName(Path), _parser[i], StartLine, columnOffset: null) is { } problem)
                return problem;
        return null;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
