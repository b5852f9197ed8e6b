using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// What the two HCPCS formats share about the CMS <c>HCPC{year}_{MON}_ANWEB.xlsx</c> workbook: its header and its version.
/// </summary>
public static partial class HcpcsWorkbook
{
    /// <summary>Header cells the readers need, as CMS names them in row 1.</summary>
    internal static readonly string[] RequiredColumns =
    [
        "HCPC", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "PRICE2", "PRICE3", "PRICE4", "MULT_PI", "STATUTE",
        "LABCERT1", "LABCERT2", "LABCERT3", "LABCERT4", "LABCERT5", "LABCERT6", "LABCERT7", "LABCERT8",
        "XREF1", "XREF2", "XREF3", "XREF4", "XREF5", "COV", "BETOS", "TOS1", "TOS2", "TOS3", "TOS4", "TOS5",
        "ADD DT", "ACT EFF DT", "TERM DT", "ACTION CD",
    ];

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Rows searched for the header before the workbook is judged not to be an ANWEB file.</summary>
    internal const int HeaderSearchRows = 10;

    /// <summary>True when <paramref name="path"/> is an .xlsx workbook whose header row carries the ANWEB columns.</summary>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        try
        {
            using var sheet = WorkbookSheet.Open(path);
            return FindHeader(sheet) is not null;
        }
        catch (InputFormatException)
        {
            return false;
        }
    }

    /// <summary>The release from the file name: <c>HCPC2025_OCT_ANWEB.xlsx</c> is <c>2025-10</c>.</summary>
    public static string ReadVersion(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        var month = match.Success ? Array.IndexOf(Months, match.Groups["month"].Value.ToUpperInvariant()) : -1;
        if (month < 0)
            throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
                "Expected a CMS file name such as HCPC2025_OCT_ANWEB.xlsx that carries the release year and month",
                fix: "Keep the file name CMS published.");
        return string.Create(CultureInfo.InvariantCulture, $"{match.Groups["year"].Value}-{month + 1:00}");
    }

    /// <summary>Reads rows until the header; returns its column index, or null when none of the first rows is the header.</summary>
    internal static Dictionary<string, int>? FindHeader(WorkbookSheet sheet)
    {
        while (sheet.Row < HeaderSearchRows && sheet.Read())
        {
            var index = sheet.HeaderIndex();
            if (index.ContainsKey("HCPC") && index.ContainsKey("RECID"))
                return RequiredColumns.All(index.ContainsKey) ? index : null;
        }
        return null;
    }

    [GeneratedRegex(@"^HCPC(?<year>\d{4})_(?<month>[A-Za-z]{3})_ANWEB", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
