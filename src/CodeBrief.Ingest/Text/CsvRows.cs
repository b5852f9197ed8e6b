using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// The data loop shared by the CMS CSV readers: skips spacer rows and footnotes, parses each row, and yields it as
/// good or rejected.
/// </summary>
internal static class CsvRows
{
    /// <summary>
    /// Reads the records after the header. <paramref name="parse"/> builds the row through the given
    /// <see cref="RowParser"/> (whose <see cref="RowParser.Source"/> is the row's source); a row with a problem is
    /// yielded rejected, and what <paramref name="parse"/> built for it is dropped.
    /// </summary>
    /// <param name="reader">The file, positioned after its header.</param>
    /// <param name="columns">How many columns a row has.</param>
    /// <param name="origin">The file's dataset, name and version (row 0), asked for the first good row.</param>
    /// <param name="parse">Builds one row.</param>
    /// <param name="cancellationToken">Checked once per record.</param>
    /// <remarks>
    /// Spacer rows (all cells blank) are skipped. So are footnotes: prose in the first cell only
    /// (<c>*Work GPCI reflects a 1.5 floor…</c>), which CMS appends below the data. A last line cut short
    /// (no line break and too few columns) throws <see cref="InputErrorKind.Truncated"/>.
    /// </remarks>
    public static IEnumerable<RowResult<TRow>> Read<TRow>(CsvRecordReader reader, int columns, Func<SourceRef> origin,
        Func<CsvRecord, RowParser, TRow> parse, CancellationToken cancellationToken)
        where TRow : class
    {
        var parser = new RowParser(reader.File, origin);
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
            var row = parse(record, parser);
            yield return parser.Problem is { } problem ? RowResult<TRow>.Rejected(record.Line, problem) : RowResult<TRow>.Ok(record.Line, row);
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
