using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.NcciPtp;

/// <summary>
/// Streams a CMS NCCI PTP edit text file: copyright lines, a tab-delimited header starting <c>Column 1</c>, <c>Column 2</c>
/// (possibly continued on lines whose first field is blank), then one edit per line: column 1 code, column 2 code,
/// <c>*</c> when in existence prior to 1996, effective date <c>YYYYMMDD</c>, deletion date <c>YYYYMMDD</c> or <c>*</c> (none),
/// modifier indicator 0/1/9, PTP edit rationale.
/// </summary>
/// <remarks><see cref="RowResult{TRow}.Row"/> is the physical line number. Dates become ISO <c>yyyy-MM-dd</c>; a <c>*</c> deletion
/// date becomes null. Column ranges in problems are 1-based character positions within the line.</remarks>
public static class NcciPtpReader
{
    /// <summary>Lines searched for the header before the file is judged not to be a PTP file.</summary>
    public const int HeaderSearchLines = 30;

    /// <summary>Streams the rows of <paramref name="path"/>; <paramref name="setting"/> (practitioner | hospital) goes on every row.</summary>
    public static IEnumerable<RowResult<PtpEditRow>> Read(string path, string setting, SourceRef origin, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        using var reader = ReferenceFile.OpenText(path);
        long lineNumber = FindHeader(reader);
        if (lineNumber <= 0)
            throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected a tab-delimited header row starting \"Column 1\", \"Column 2\" within the first lines",
                new InputLocation(Line: -lineNumber), fix: "Load the PTP edit .txt file as CMS publishes it.");
        var inHeader = true;
        var fields = new List<Range>(8);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Split(line, fields);
            // The header's explanations ("*=no data", "0=not allowed") may wrap onto lines with an empty first column.
            if (inHeader && line.AsSpan(fields[0]).IsWhiteSpace()) continue;
            inHeader = false;
            yield return ParseLine(file, line, fields, origin with { Row = lineNumber }, setting);
        }
        if (inHeader)
            throw new InputFormatException(file, InputErrorKind.Truncated, "Expected edit rows after the header, but the file ends",
                new InputLocation(Line: lineNumber));
    }

    /// <summary>Reads lines up to and including the header; returns its 1-based line number, or minus the lines read when
    /// no header was found.</summary>
    internal static long FindHeader(StreamReader reader)
    {
        long lineNumber = 0;
        var fields = new List<Range>(8);
        while (lineNumber < HeaderSearchLines && reader.ReadLine() is { } line)
        {
            lineNumber++;
            Split(line, fields);
            if (fields.Count >= 2 && IsColumnName(line.AsSpan(fields[0]), '1') && IsColumnName(line.AsSpan(fields[1]), '2'))
                return lineNumber;
        }
        return -lineNumber;
    }

    private static bool IsColumnName(ReadOnlySpan<char> field, char digit)
    {
        field = field.Trim();
        if (!field.StartsWith("Column", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = field[6..].Trim();
        return rest.Length == 1 && rest[0] == digit;
    }

    private static RowResult<PtpEditRow> ParseLine(string file, string line, List<Range> fields, SourceRef source, string setting)
    {
        var lineNumber = source.Row;
        // CMS's preamble may be Windows-1252 and is skipped; an edit line with a bad byte is rejected, not fatal.
        if (ReferenceFile.BadEncoding(file, line, lineNumber) is { } badEncoding) return RowResult<PtpEditRow>.Rejected(lineNumber, badEncoding);
        if (fields.Count < 6)
            return Reject(file, InputErrorKind.MissingField, "Expected at least 6 tab-separated fields", lineNumber,
                new Range(0, line.Length), line);
        string Field(int i) => line[fields[i]].Trim();

        if (!HcpcsCode.TryParse(Field(0), out var column1))
            return Reject(file, InputErrorKind.MalformedValue, "Expected a CPT or HCPCS code in Column 1", lineNumber, fields[0], Field(0));
        if (!HcpcsCode.TryParse(Field(1), out var column2))
            return Reject(file, InputErrorKind.MalformedValue, "Expected a CPT or HCPCS code in Column 2", lineNumber, fields[1], Field(1));
        var prior = Field(2);
        if (prior is not ("" or "*"))
            return Reject(file, InputErrorKind.MalformedValue, "Expected * or nothing in the prior-to-1996 field", lineNumber, fields[2], prior);
        if (!ReferenceFile.TryIsoFromYyyymmdd(Field(3), out var effective))
            return Reject(file, InputErrorKind.MalformedValue, "Expected the effective date as YYYYMMDD", lineNumber, fields[3], Field(3));
        string? deleted = null;
        if (Field(4) is not ("*" or "") && !ReferenceFile.TryIsoFromYyyymmdd(Field(4), out deleted))
            return Reject(file, InputErrorKind.MalformedValue, "Expected the deletion date as YYYYMMDD or *", lineNumber, fields[4], Field(4));
        var modifier = Field(5);
        if (modifier is not ("0" or "1" or "9"))
            return Reject(file, InputErrorKind.MalformedValue, "Expected the modifier indicator 0, 1 or 9", lineNumber, fields[5], modifier);
        var rationale = fields.Count > 6 ? ReferenceFile.NullIfBlank(line[fields[6]]) : null;
        return RowResult<PtpEditRow>.Ok(lineNumber,
            new PtpEditRow(column1.Value, column2.Value, setting, prior.Length == 0 ? null : prior, effective, deleted, modifier, rationale, source));
    }

    private static void Split(string line, List<Range> fields)
    {
        fields.Clear();
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\t') continue;
            fields.Add(new Range(start, i));
            start = i + 1;
        }
        fields.Add(new Range(start, line.Length));
    }

    private static RowResult<PtpEditRow> Reject(string file, InputErrorKind kind, string problem, long line, Range field, string found)
    {
        var (offset, length) = field.GetOffsetAndLength(int.MaxValue);
        return RowResult<PtpEditRow>.Rejected(line, new InputFormatException(file, kind, problem,
            new InputLocation(Line: line, ColumnStart: offset + 1, ColumnEnd: Math.Max(offset + 1, offset + length)),
            found: InputFormatException.Quote(found)));
    }
}
