using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// Streams one record type of the CMS HCPCS ANWEB workbook: codes (<see cref="HcpcsRow"/>) or modifiers
/// (<see cref="ModifierRow"/>). Rows of the other record type are skipped.
/// </summary>
/// <remarks><see cref="RowResult{TRow}.Row"/> is the 1-based sheet row. Dates stay <c>YYYYMMDD</c> as CMS writes them. Multi-valued
/// fields (PRICE1–4, LABCERT1–8, XREF1–5, TOS1–5) are joined with commas in column order, blanks left out.</remarks>
public static class HcpcsReader
{
    /// <summary>Streams the Level II code rows (<c>RECID</c> 3) of <paramref name="path"/>; each row's source is
    /// <paramref name="origin"/> at its sheet row.</summary>
    public static IEnumerable<RowResult<HcpcsRow>> ReadCodes(string path, SourceRef origin, CancellationToken cancellationToken) =>
        Read(path, HcpcsRecord.Code, origin, ParseCode, cancellationToken);

    /// <summary>Streams the Level II modifier rows (<c>RECID</c> 7) of <paramref name="path"/>; each row's source is
    /// <paramref name="origin"/> at its sheet row.</summary>
    public static IEnumerable<RowResult<ModifierRow>> ReadModifiers(string path, SourceRef origin, CancellationToken cancellationToken) =>
        Read(path, HcpcsRecord.Modifier, origin, ParseModifier, cancellationToken);

    private static IEnumerable<RowResult<TRow>> Read<TRow>(string path, HcpcsRecord record, SourceRef origin,
        Func<string, WorkbookSheet, HcpcsColumns, SourceRef, RowResult<TRow>> parse, CancellationToken cancellationToken)
        where TRow : class
    {
        var file = Path.GetFileName(path);
        using var sheet = WorkbookSheet.Open(path);
        var header = HcpcsWorkbook.FindHeader(sheet)
            ?? throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected a header row with the ANWEB columns (HCPC, RECID, LONG DESCRIPTION, …, ACTION CD)",
                new InputLocation(Cell: WorkbookSheet.CellName(sheet.SheetName, 0, 1)),
                fix: "Load the HCPCS alpha-numeric .xlsx file as CMS publishes it.");
        var columns = new HcpcsColumns(header);
        var wanted = ((int)record).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (sheet.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var recid = sheet.Text(columns.RecId);
            if (recid is null && sheet.Text(columns.Hcpc) is null) continue; // an empty row, not a record
            if (recid is null || !recid.All(char.IsAsciiDigit))
            {
                yield return Reject<TRow>(file, sheet, columns.RecId, InputErrorKind.MalformedValue, "Expected a numeric RECID", recid);
                continue;
            }
            if (recid != wanted) continue;
            yield return parse(file, sheet, columns, origin with { Row = sheet.Row });
        }
    }

    private static RowResult<HcpcsRow> ParseCode(string file, WorkbookSheet sheet, HcpcsColumns c, SourceRef source)
    {
        var text = sheet.Text(c.Hcpc);
        if (!HcpcsCode.TryParse(text, out var code))
            return Reject<HcpcsRow>(file, sheet, c.Hcpc, InputErrorKind.MalformedValue, "Expected a HCPCS code (a letter and four digits)", text);
        if (CheckDates(file, sheet, c) is { } bad) return Reject<HcpcsRow>(bad);
        return RowResult<HcpcsRow>.Ok(sheet.Row, new HcpcsRow(
            code.Value, sheet.Text(c.LongDesc) ?? "", sheet.Text(c.ShortDesc) ?? "", Join(sheet, c.Price), sheet.Text(c.MultPi),
            sheet.Text(c.Coverage), sheet.Text(c.Betos), Join(sheet, c.Tos), Join(sheet, c.LabCert), Join(sheet, c.Xref),
            sheet.Text(c.Statute), sheet.Text(c.AddDate), sheet.Text(c.EffDate), sheet.Text(c.TermDate), sheet.Text(c.ActionCode), source));
    }

    private static RowResult<ModifierRow> ParseModifier(string file, WorkbookSheet sheet, HcpcsColumns c, SourceRef source)
    {
        var text = sheet.Text(c.Hcpc);
        if (!ModifierCode.TryParse(text, out var code))
            return Reject<ModifierRow>(file, sheet, c.Hcpc, InputErrorKind.MalformedValue, "Expected a two-character HCPCS modifier", text);
        if (CheckDates(file, sheet, c) is { } bad) return Reject<ModifierRow>(bad);
        return RowResult<ModifierRow>.Ok(sheet.Row, new ModifierRow(code.Value, sheet.Text(c.LongDesc), sheet.Text(c.ShortDesc),
            sheet.Text(c.AddDate), sheet.Text(c.EffDate), sheet.Text(c.TermDate), source));
    }

    private static (long Row, InputFormatException Problem)? CheckDates(string file, WorkbookSheet sheet, HcpcsColumns c)
    {
        foreach (var column in (ReadOnlySpan<int>)[c.AddDate, c.EffDate, c.TermDate])
            if (sheet.Text(column) is { } date && !ReferenceFile.IsYyyymmdd(date))
                return (sheet.Row, Problem(file, sheet, column, InputErrorKind.MalformedValue, "Expected a date as YYYYMMDD", date));
        return null;
    }

    private static string? Join(WorkbookSheet sheet, int[] columns)
    {
        string? joined = null;
        foreach (var column in columns)
            if (sheet.Text(column) is { } value) joined = joined is null ? value : joined + "," + value;
        return joined;
    }

    private static RowResult<TRow> Reject<TRow>((long Row, InputFormatException Problem) bad) where TRow : class =>
        RowResult<TRow>.Rejected(bad.Row, bad.Problem);

    private static RowResult<TRow> Reject<TRow>(string file, WorkbookSheet sheet, int column, InputErrorKind kind, string problem, string? found)
        where TRow : class =>
        RowResult<TRow>.Rejected(sheet.Row, Problem(file, sheet, column, kind, problem, found));

    private static InputFormatException Problem(string file, WorkbookSheet sheet, int column, InputErrorKind kind, string problem, string? found) =>
        new(file, kind, problem, new InputLocation(Cell: sheet.CellName(column)), found: found is null ? null : InputFormatException.Quote(found));
}
