using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// The data loop shared by the CMS CSV readers: skips spacer rows and footnotes, parses each row, and yields it as
/// good or rejected.
/// </summary>
internal static class CsvRows
{
    /// <summary>
    /// Reads the records after the header. <paramref name="parse"/> fills the row through the given
    /// <see cref="RowParser"/>; a row with a problem is yielded rejected.
    /// </summary>
    /// <remarks>
    /// Spacer rows (all cells blank) are skipped. So are footnotes: prose in the first cell only
    /// (<c>*Work GPCI reflects a 1.5 floor…</c>), which CMS appends below the data. A last line cut short
    /// (no line break and too few columns) throws <see cref="InputErrorKind.Truncated"/>.
    /// </remarks>
    public static IEnumerable<RowResult> Read(CsvRecordReader reader, int columns,
        Func<CsvRecord, RowParser, string?[]> parse, CancellationToken cancellationToken)
    {
        var parser = new RowParser(reader.File);
        while (reader.TryRead(out var record))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.IsBlank || IsFootnote(record)) continue;
            if (!reader.LastLineTerminated && record.Count < columns)
                throw new InputFormatException(reader.File, InputErrorKind.Truncated,
                    $"the file ends inside a row: expected {columns} columns, found {record.Count}",
                    new InputLocation(Line: record.Line), found: InputFormatException.Quote(string.Join(',', record.Fields)),
                    fix: "Download the file again; it is incomplete.");
            parser.Begin(record, columns);
            var values = parse(record, parser);
            yield return parser.Problem is { } problem ? RowResult.Rejected(record.Line, problem) : RowResult.Ok(record.Line, values);
        }
    }

    /// <summary>
    /// True for a note row: text in the first cell only, and that text is prose (has a space or starts with
    /// <c>*</c>), so a data row cut down to its code is still read, and rejected, rather than skipped.
    /// </summary>
    public static bool IsFootnote(CsvRecord record)
    {
        var first = record.Trimmed(0);
        if (first.Length == 0 || char.IsAsciiDigit(first[0])) return false;
        if (first[0] != '*' && !first.Contains(' ', StringComparison.Ordinal)) return false;
        for (var i = 1; i < record.Count; i++)
            if (!string.IsNullOrWhiteSpace(record.Fields[i])) return false;
        return true;
    }
}
