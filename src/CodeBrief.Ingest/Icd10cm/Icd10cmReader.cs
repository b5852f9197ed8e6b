using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Icd10cm;

/// <summary>
/// Streams the lines of a CDC ICD-10-CM codes or order file into <c>code, description, billable</c> rows.
/// </summary>
/// <remarks>Columns below are 1-based character positions, as CDC's layout documents them. Blank lines are skipped but
/// still counted, so <see cref="RowResult{TRow}.Row"/> is always the physical line number.</remarks>
public static class Icd10cmReader
{
    // Order layout, 0-based: order 0-4, code 6-12, flag 14, short description 16-75, long description from 77.
    private const int OrderCodeStart = 6, OrderFlag = 14, OrderLongStart = 77;

    /// <summary>Streams the rows of <paramref name="path"/> read in <paramref name="layout"/>; each row's source is
    /// <paramref name="origin"/> at its line.</summary>
    public static IEnumerable<RowResult<IcdRow>> Read(string path, Icd10cmLayout layout, SourceRef origin, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        using var reader = ReferenceFile.OpenText(path);
        long lineNumber = 0;
        var seenData = false;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line)) continue;
            if (ReferenceFile.BadEncoding(file, line, lineNumber) is { } badEncoding) throw badEncoding;
            if (!seenData && !LooksLike(line, layout))
                throw new InputFormatException(file, InputErrorKind.UnknownFormat,
                    layout == Icd10cmLayout.Order
                        ? "Expected the ICD-10-CM order layout (order number, code, billable flag, short and long description)"
                        : "Expected the ICD-10-CM codes layout (code in columns 1-7, description from column 9)",
                    new InputLocation(Line: lineNumber), found: InputFormatException.Quote(line));
            seenData = true;
            yield return layout == Icd10cmLayout.Order ? ParseOrder(file, line, origin with { Row = lineNumber }) : ParseCodes(file, line, origin with { Row = lineNumber });
        }
        if (!seenData)
            throw new InputFormatException(file, InputErrorKind.Truncated, "Expected ICD-10-CM code lines, but the file has none",
                new InputLocation(Line: lineNumber));
    }

    /// <summary>True when <paramref name="line"/> is shaped like a data line of <paramref name="layout"/>.</summary>
    public static bool LooksLike(string line, Icd10cmLayout layout)
    {
        if (layout == Icd10cmLayout.Codes)
            return line.Length > 8 && line[7] == ' ' && IcdCode.TryParse(line[..7], out _) && line[8] != ' ';
        return line.Length > OrderLongStart && AllDigits(line.AsSpan(0, 5)) && line[5] == ' '
            && IcdCode.TryParse(line.Substring(OrderCodeStart, 7), out _) && line[13] == ' ' && line[OrderFlag] is '0' or '1';
    }

    private static RowResult<IcdRow> ParseCodes(string file, string line, SourceRef source)
    {
        var lineNumber = source.Row;
        if (line.Length > 7 && line[7] != ' ')
            return Reject(file, InputErrorKind.MalformedValue, "Expected a space in column 8 after the 7-character code",
                lineNumber, 1, 8, line[..8]);
        var codeText = line[..Math.Min(7, line.Length)].Trim();
        if (!IcdCode.TryParse(codeText, out var code))
            return Reject(file, InputErrorKind.MalformedValue, "Expected an ICD-10-CM code (a letter, a digit, then up to five letters or digits)",
                lineNumber, 1, 7, codeText);
        var description = line.Length > 8 ? line[8..].Trim() : "";
        if (description.Length == 0)
            return Reject(file, InputErrorKind.MissingField, "Expected a description from column 9", lineNumber, 9, null, null);
        return RowResult<IcdRow>.Ok(lineNumber, new IcdRow(code.Value, description, Billable: true, source));
    }

    private static RowResult<IcdRow> ParseOrder(string file, string line, SourceRef source)
    {
        var lineNumber = source.Row;
        if (line.Length < 6 || !AllDigits(line.AsSpan(0, 5)))
            return Reject(file, InputErrorKind.MalformedValue, "Expected a 5-digit order number in columns 1-5",
                lineNumber, 1, 5, line[..Math.Min(5, line.Length)]);
        var codeText = line.Length > OrderCodeStart ? line.Substring(OrderCodeStart, Math.Min(7, line.Length - OrderCodeStart)).Trim() : "";
        if (!IcdCode.TryParse(codeText, out var code))
            return Reject(file, InputErrorKind.MalformedValue, "Expected an ICD-10-CM code in columns 7-13",
                lineNumber, 7, 13, codeText);
        if (line.Length <= OrderFlag || line[OrderFlag] is not ('0' or '1'))
            return Reject(file, InputErrorKind.MalformedValue, "Expected the billable flag 0 or 1 in column 15",
                lineNumber, 15, null, line.Length > OrderFlag ? line[OrderFlag].ToString() : "");
        var description = line.Length > OrderLongStart ? line[OrderLongStart..].Trim() : "";
        if (description.Length == 0)
            return Reject(file, InputErrorKind.MissingField, "Expected a long description from column 78", lineNumber, 78, null, null);
        return RowResult<IcdRow>.Ok(lineNumber, new IcdRow(code.Value, description, Billable: line[OrderFlag] == '1', source));
    }

    private static RowResult<IcdRow> Reject(string file, InputErrorKind kind, string problem, long line, int start, int? end, string? found) =>
        RowResult<IcdRow>.Rejected(line, new InputFormatException(file, kind, problem,
            new InputLocation(Line: line, ColumnStart: start, ColumnEnd: end),
            found: found is null ? null : InputFormatException.Quote(found)));

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
