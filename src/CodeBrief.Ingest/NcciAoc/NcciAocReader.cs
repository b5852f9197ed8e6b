using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.NcciAoc;

/// <summary>
/// Streams the NCCI add-on code edit workbook: a copyright row, the header row, then one edit per row.
/// </summary>
/// <remarks><see cref="RowResult{TRow}.Row"/> is the 1-based sheet row. CMS writes dates as Julian <c>YYYYDDD</c>
/// (<c>2013091</c> = 2013-04-01); they become ISO <c>yyyy-MM-dd</c>, and a blank date (no deletion) stays null.</remarks>
public static class NcciAocReader
{
    private static readonly string[] Header =
    [
        "AOC_Edit_Type", "Add-On_Code", "AOC_DelDT", "Primary_Code", "Primary_Code_DelDT", "AOC_Edit_EffDT", "AOC_Edit_DelDT",
        "Special_Instruction_Notes",
    ];

    /// <summary>The primary code CMS writes for type 2 edits, whose primary codes the contractor defines.</summary>
    public const string ContractorDefined = "CCCCC";

    private const int HeaderSearchRows = 10;

    /// <summary>Streams the rows of <paramref name="path"/>; each row's source is <paramref name="origin"/> at its sheet row.</summary>
    public static IEnumerable<RowResult<AddOnEditRow>> Read(string path, SourceRef origin, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        using var sheet = WorkbookSheet.Open(path);
        var at = FindHeader(sheet)
            ?? throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected a header row AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code, … within the first rows",
                new InputLocation(Cell: WorkbookSheet.CellName(sheet.SheetName, 0, 1)),
                fix: "Load the add-on code edit .xlsx file as CMS publishes it.");
        while (sheet.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsEmpty(sheet, at)) continue;
            yield return ParseRow(file, sheet, at, origin);
        }
    }

    /// <summary>Reads rows until the header; returns the column index of each <see cref="Header"/> name, or null.</summary>
    internal static int[]? FindHeader(WorkbookSheet sheet)
    {
        while (sheet.Row < HeaderSearchRows && sheet.Read())
        {
            var index = sheet.HeaderIndex();
            if (!index.ContainsKey(Header[0])) continue;
            var at = new int[Header.Length];
            for (var i = 0; i < Header.Length; i++)
            {
                if (!index.TryGetValue(Header[i], out at[i])) return null;
            }
            return at;
        }
        return null;
    }

    private static RowResult<AddOnEditRow> ParseRow(string file, WorkbookSheet sheet, int[] at, SourceRef origin)
    {
        var type = sheet.Text(at[0]);
        if (type is not ("1" or "2" or "3"))
            return Reject(file, sheet, at[0], InputErrorKind.MalformedValue, "Expected the AOC edit type 1, 2 or 3", type);
        var addonText = sheet.Text(at[1]);
        if (!HcpcsCode.TryParse(addonText, out var addon))
            return Reject(file, sheet, at[1], InputErrorKind.MalformedValue, "Expected a CPT or HCPCS add-on code", addonText);
        var primaryText = sheet.Text(at[3]);
        string primary;
        if (HcpcsCode.TryParse(primaryText, out var primaryCode)) primary = primaryCode.Value;
        else if (string.Equals(primaryText, ContractorDefined, StringComparison.OrdinalIgnoreCase)) primary = ContractorDefined;
        else
            return Reject(file, sheet, at[3], InputErrorKind.MalformedValue, "Expected a CPT or HCPCS primary code or CCCCC", primaryText);

        // Header positions 2, 4, 5, 6 are the dates: add-on deletion, primary deletion, edit effective, edit deletion.
        var dates = new string?[4];
        ReadOnlySpan<int> dateHeaders = [2, 4, 5, 6];
        for (var i = 0; i < dateHeaders.Length; i++)
        {
            var column = at[dateHeaders[i]];
            var text = sheet.Text(column);
            if (text is null) continue;
            if (!TryIsoFromJulian(text, out var iso))
                return Reject(file, sheet, column, InputErrorKind.MalformedValue, "Expected a Julian date YYYYDDD", text);
            dates[i] = iso;
        }
        if (dates[2] is null)
            return RowResult<AddOnEditRow>.Rejected(sheet.Row, new InputFormatException(file, InputErrorKind.MissingField,
                "Expected an effective date in AOC_Edit_EffDT", new InputLocation(Cell: sheet.CellName(at[5]))));
        return RowResult<AddOnEditRow>.Ok(sheet.Row, new AddOnEditRow(addon.Value, primary, type, dates[0], dates[1], dates[2], dates[3],
            sheet.Text(at[7]), origin with { Row = sheet.Row }));
    }

    /// <summary>Converts a Julian <c>YYYYDDD</c> date (day of year 001–366) to ISO <c>yyyy-MM-dd</c>.</summary>
    public static bool TryIsoFromJulian(string text, out string iso)
    {
        iso = "";
        if (text.Length != 7 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(4, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return false;
        if (year < 1 || day < 1 || day > (DateTime.IsLeapYear(year) ? 366 : 365)) return false;
        iso = new DateOnly(year, 1, 1).AddDays(day - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    private static bool IsEmpty(WorkbookSheet sheet, int[] at)
    {
        foreach (var column in at)
            if (sheet.Text(column) is not null) return false;
        return true;
    }

    private static RowResult<AddOnEditRow> Reject(string file, WorkbookSheet sheet, int column, InputErrorKind kind, string problem, string? found) =>
        RowResult<AddOnEditRow>.Rejected(sheet.Row, new InputFormatException(file, kind, problem, new InputLocation(Cell: sheet.CellName(column)),
            found: found is null ? null : InputFormatException.Quote(found)));
}
