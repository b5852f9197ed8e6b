using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// Streams one record type of the CMS HCPCS ANWEB workbook: codes (<c>hcpcs_codes</c> columns) or modifiers
/// (<c>modifiers</c> columns). Rows of the other record type are skipped.
/// </summary>
/// <remarks><see cref="RowResult.Row"/> is the 1-based sheet row. Dates stay <c>YYYYMMDD</c> as CMS writes them. Multi-valued
/// fields (PRICE1–4, LABCERT1–8, XREF1–5, TOS1–5) are joined with commas in column order, blanks left out.</remarks>
public static class HcpcsReader
{
    /// <summary>Streams the rows of <paramref name="record"/> type from <paramref name="path"/>.</summary>
    public static IEnumerable<RowResult> Read(string path, HcpcsRecord record, CancellationToken cancellationToken)
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
                yield return Reject(file, sheet, columns.RecId, InputErrorKind.MalformedValue, "Expected a numeric RECID", recid);
                continue;
            }
            if (recid != wanted) continue;
            yield return record == HcpcsRecord.Code ? ParseCode(file, sheet, columns) : ParseModifier(file, sheet, columns);
        }
    }

    private static RowResult ParseCode(string file, WorkbookSheet sheet, HcpcsColumns c)
    {
        var text = sheet.Text(c.Hcpc);
        if (!HcpcsCode.TryParse(text, out var code))
            return Reject(file, sheet, c.Hcpc, InputErrorKind.MalformedValue, "Expected a HCPCS code (a letter and four digits)", text);
        if (CheckDates(file, sheet, c) is { } bad) return bad;
        return RowResult.Ok(sheet.Row,
        [
            code.Value, sheet.Text(c.LongDesc), sheet.Text(c.ShortDesc), Join(sheet, c.Price), sheet.Text(c.MultPi),
            sheet.Text(c.Coverage), sheet.Text(c.Betos), Join(sheet, c.Tos), Join(sheet, c.LabCert), Join(sheet, c.Xref),
            sheet.Text(c.Statute), sheet.Text(c.AddDate), sheet.Text(c.EffDate), sheet.Text(c.TermDate), sheet.Text(c.ActionCode),
        ]);
    }

    private static RowResult ParseModifier(string file, WorkbookSheet sheet, HcpcsColumns c)
    {
        var text = sheet.Text(c.Hcpc);
        if (!ModifierCode.TryParse(text, out var code))
            return Reject(file, sheet, c.Hcpc, InputErrorKind.MalformedValue, "Expected a two-character HCPCS modifier", text);
        if (CheckDates(file, sheet, c) is { } bad) return bad;
        return RowResult.Ok(sheet.Row,
            [code.Value, sheet.Text(c.LongDesc), sheet.Text(c.ShortDesc), sheet.Text(c.AddDate), sheet.Text(c.EffDate), sheet.Text(c.TermDate)]);
    }

    private static RowResult? CheckDates(string file, WorkbookSheet sheet, HcpcsColumns c)
    {
        foreach (var column in (ReadOnlySpan<int>)[c.AddDate, c.EffDate, c.TermDate])
            if (sheet.Text(column) is { } date && !ReferenceFile.IsYyyymmdd(date))
                return Reject(file, sheet, column, InputErrorKind.MalformedValue, "Expected a date as YYYYMMDD", date);
        return null;
    }

    private static string? Join(WorkbookSheet sheet, int[] columns)
    {
        string? joined = null;
        foreach (var column in columns)
            if (sheet.Text(column) is { } value) joined = joined is null ? value : joined + "," + value;
        return joined;
    }

    private static RowResult Reject(string file, WorkbookSheet sheet, int column, InputErrorKind kind, string problem, string? found) =>
        RowResult.Rejected(sheet.Row, new InputFormatException(file, kind, problem, new InputLocation(Cell: sheet.CellName(column)),
            found: found is null ? null : InputFormatException.Quote(found)));
}
