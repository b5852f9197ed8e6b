using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.Tabular;

/// <summary>
/// Reads the CMS tables that come as a CSV or an .xlsx workbook with title rows above the header (OPPS Addendum B, ASC
/// Addenda AA and BB, the ASP pricing file, anesthesia base units): finds the header, maps the layout's columns by
/// name, and streams the data rows.
/// </summary>
/// <remarks>
/// A header that is recognised but lacks one of the layout's columns (a renamed column) is a file-level error naming the
/// file, the header's line and the missing column, so nothing of the file loads. Blank rows and notes are skipped.
/// </remarks>
internal static partial class TitledTable
{
    /// <summary>True for a workbook (read through ExcelDataReader); anything else is read as CSV.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every row of the file, in order.</summary>
    public static IEnumerable<TableRow> Rows(string path)
    {
        if (IsWorkbook(path))
        {
            using var sheet = WorkbookSheet.Open(path);
            while (sheet.Read())
            {
                var cells = new string[sheet.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = sheet.Text(i) ?? "";
                yield return new TableRow(sheet.Row, cells, sheet.SheetName);
            }
            yield break;
        }
        using var reader = CsvFile.Open(path);
        while (reader.TryRead(out var record))
            yield return new TableRow(record.Line, [.. record.Fields.Select(f => f.Trim())], null);
    }

    /// <summary>True when the layout's header row is within its first rows; false (never a throw) for any other file.</summary>
    public static bool Recognises(string path, TitledLayout layout)
    {
        try
        {
            if (!File.Exists(path)) return false;
            foreach (var row in Rows(path))
            {
                if (row.Row > layout.HeaderSearchRows) return false;
                if (layout.IsHeader(row)) return true;
            }
            return false;
        }
        catch (Exception ex) when (ex is InputFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The text of the rows above the header and of the header itself, for a version stated in a title
    /// (<c>January 2025</c>) or in quarter-prefixed column names.</summary>
    public static string Preamble(string path, TitledLayout layout)
    {
        var text = new List<string>();
        foreach (var row in Rows(path))
        {
            if (row.Row > layout.HeaderSearchRows) break;
            text.Add(row.Text);
            if (layout.IsHeader(row)) break;
        }
        return string.Join('\n', text);
    }

    /// <summary>
    /// Streams the data rows below the header. <paramref name="parse"/> builds a row from its cells, the column indexes
    /// (in <see cref="TitledLayout.Columns"/> order) and a <see cref="RowParser"/> begun at the row; a row the parser
    /// failed is yielded rejected. <paramref name="onHeader"/>, when given, sees the header row before the first data row
    /// (for optional columns).
    /// </summary>
    /// <exception cref="InputFormatException">No header within the layout's rows, or a column of the layout is missing.</exception>
    public static IEnumerable<RowResult<TRow>> Read<TRow>(string path, TitledLayout layout, Func<SourceRef> origin,
        Func<TableRow, int[], RowParser, TRow> parse, CancellationToken cancellationToken, Action<TableRow>? onHeader = null)
        where TRow : class
    {
        var file = Path.GetFileName(path);
        using var rows = Rows(path).GetEnumerator();
        int[]? at = null;
        TableRow? first = null;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            first ??= row;
            if (row.Row > layout.HeaderSearchRows) break;
            if (!layout.IsHeader(row)) continue;
            at = Map(file, layout, row);
            onHeader?.Invoke(row);
            break;
        }
        if (at is null)
            throw first is null
                ? new InputFormatException(file, InputErrorKind.Truncated, "the file is empty", new InputLocation(Line: 1), fix: "Download the file again.")
                : new InputFormatException(file, InputErrorKind.BadHeader,
                    $"expected the {layout.Name} header row \"{layout.Expected}\" within the first {layout.HeaderSearchRows} rows",
                    first.Location(), found: InputFormatException.Quote(first.Text), fix: layout.Fix);

        var parser = new RowParser(file, origin);
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (row.IsBlank || row.IsNote) continue;
            parser.Begin(row.Row);
            var value = parse(row, at, parser);
            yield return parser.Problem is { } problem ? RowResult<TRow>.Rejected(row.Row, problem) : RowResult<TRow>.Ok(row.Row, value);
        }
    }

    /// <summary>A dollar amount or weight: <c>$1,234.50</c> and <c>1234.5</c> both read; blank is null when allowed.</summary>
    public static decimal? Amount(RowParser parser, string raw, bool required) =>
        parser.Number(raw.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), null, null, required);

    /// <summary>The first month and year named in <paramref name="text"/> (<c>January 2025</c>, <c>Jan 2025</c>,
    /// <c>JAN2025</c>), or null.</summary>
    public static DateOnly? MonthIn(string text)
    {
        var m = MonthYear().Match(text);
        if (!m.Success) return null;
        var month = DateTime.ParseExact(m.Groups["m"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        return new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, 1);
    }

    /// <summary>A release month as a version: <c>2025-01</c>.</summary>
    public static string Version(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static int[] Map(string file, TitledLayout layout, TableRow header)
    {
        var at = new int[layout.Columns.Count];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = layout.Columns[i].IndexIn(header);
            if (at[i] < 0)
                throw new InputFormatException(file, InputErrorKind.BadHeader,
                    $"the {layout.Name} header has no \"{layout.Columns[i].Label}\" column (expected {layout.Expected})",
                    header.Location(), found: InputFormatException.Quote(header.Text), fix: layout.Fix);
        }
        return at;
    }

    [GeneratedRegex(@"(?<![a-z])(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s_.-]*(?<y>20\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
