using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Nucc;

/// <summary>
/// Streams the NUCC taxonomy CSV (RFC 4180; definitions and notes may be quoted and span lines) into
/// <c>nucc_taxonomy</c> rows.
/// </summary>
/// <remarks><see cref="RowResult{TRow}.Row"/> is the physical line a record starts on (the header is line 1).</remarks>
public static class NuccReader
{
    private static readonly string[] Header =
        ["Code", "Grouping", "Classification", "Specialization", "Definition", "Notes", "Display Name", "Section"];

    /// <summary>Streams the rows of <paramref name="path"/>; each row's source is <paramref name="origin"/> at its line.</summary>
    public static IEnumerable<RowResult<NuccRow>> Read(string path, SourceRef origin, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        using var csv = new ReferenceCsv(path);
        if (!csv.Read())
            throw new InputFormatException(file, InputErrorKind.Truncated, "Expected the NUCC header line, but the file is empty");
        if (!IsHeader(csv))
            throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected the header Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section",
                new InputLocation(Line: csv.StartLine), found: InputFormatException.Quote(string.Join(',', Fields(csv))));
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (csv.BadEncoding() is { } badEncoding) throw badEncoding;
            yield return ParseRecord(file, csv, origin);
        }
    }

    /// <summary>True when the current record is the NUCC header (names compared ignoring case and surrounding spaces).</summary>
    internal static bool IsHeader(ReferenceCsv csv)
    {
        if (csv.Count < Header.Length) return false;
        for (var i = 0; i < Header.Length; i++)
            if (!string.Equals(csv[i]?.Trim(), Header[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static RowResult<NuccRow> ParseRecord(string file, ReferenceCsv csv, SourceRef origin)
    {
        var line = csv.StartLine;
        if (csv.BadData)
            return RowResult<NuccRow>.Rejected(line, new InputFormatException(file, InputErrorKind.MalformedValue,
                "Expected RFC 4180 quoting (a quote only inside a quoted field, doubled)", new InputLocation(Line: line)));
        if (csv.Count != Header.Length)
            return RowResult<NuccRow>.Rejected(line, new InputFormatException(file, InputErrorKind.MissingField,
                $"Expected {Header.Length} fields, but the record has {csv.Count}", new InputLocation(Line: line),
                found: InputFormatException.Quote(string.Join(',', Fields(csv)))));
        var codeText = csv[0]?.Trim() ?? "";
        if (!TaxonomyCode.TryParse(codeText, out var code))
            return RowResult<NuccRow>.Rejected(line, new InputFormatException(file, InputErrorKind.MalformedValue,
                "Expected a 10-character taxonomy code ending in X in the Code field", new InputLocation(Line: line, ColumnStart: 1),
                found: InputFormatException.Quote(codeText)));
        // Blank cells are empty strings in the record (NuccRow's convention).
        string Cell(int i) => ReferenceFile.NullIfBlank(csv[i]) ?? "";
        return RowResult<NuccRow>.Ok(line,
            new NuccRow(code.Value, Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7), origin with { Row = line }));
    }

    private static IEnumerable<string> Fields(ReferenceCsv csv)
    {
        for (var i = 0; i < csv.Count; i++) yield return csv[i] ?? "";
    }
}
