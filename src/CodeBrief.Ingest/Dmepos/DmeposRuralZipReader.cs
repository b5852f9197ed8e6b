using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>Reads the DMEPOS rural ZIP code CSV: the header <c>STATE,DMEPOS RURAL ZIP CODE,YEAR/QTR,LOCATION</c>, then one
/// line per ZIP.</summary>
/// <remarks>The published file went through a spreadsheet that dropped the ZIPs' leading zeros (<c>1223</c> for
/// <c>01223</c>): a ZIP of one to five digits is padded to five; anything else rejects the line.</remarks>
internal static partial class DmeposRuralZipReader
{
    /// <summary>How far down the header may sit.</summary>
    public const int HeaderSearchLines = 10;

    private static readonly string[] HeaderNames = ["STATE", "DMEPOS RURAL ZIP CODE", "YEAR/QTR", "LOCATION"];

    /// <summary>True for the rural ZIP header row.</summary>
    public static bool IsHeader(CsvRecord record) => CsvFile.StartsWith(record, HeaderNames);

    /// <summary>Streams one row per ZIP.</summary>
    public static IEnumerable<RowResult<DmeposRuralZipRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, string.Join(',', HeaderNames));
        foreach (var row in CsvRows.Read(reader, HeaderNames.Length, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>The quarter as <c>2026Q1</c>: from the file name, else from the first row's YEAR/QTR.</summary>
    public static string ReadVersion(string path)
    {
        var (year, quarter) = Quarter(path);
        return $"{year}Q{quarter}";
    }

    /// <summary>The first day of the quarter (2026Q1 gives 2026-01-01), or null when neither the name nor a row says.</summary>
    public static DateOnly? ReadEffectiveDate(string path)
    {
        try
        {
            var (year, quarter) = Quarter(path);
            return new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        }
        catch (InputFormatException)
        {
            return null;
        }
    }

    private static (int Year, int Quarter) Quarter(string path)
    {
        if (QuarterName().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } m)
            return (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[1].Value[0] - '0');
        // The version is what is being found, so the rows carry none yet.
        foreach (var row in Read(path, () => new SourceRef("dmepos-rural-zip", Path.GetFileName(path), "", 0), CancellationToken.None))
            if (row.Value is { } value && int.Parse(value.YearQuarter[4..], CultureInfo.InvariantCulture) is >= 1 and <= 4 and var q)
                return (int.Parse(value.YearQuarter[..4], CultureInfo.InvariantCulture), q);
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MissingField,
            "the file name carries no quarter (such as Quarter 1 2026) and no row has a YEAR/QTR such as 202601",
            fix: "Rename the file as CMS published it.");
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static DmeposRuralZipRow ParseRow(CsvRecord record, RowParser p)
    {
        var state = p.Flag(0, 2) ?? "";
        var zip = p.Digits(1, 5) ?? "";
        var yearQuarter = p.Digits(2, 6, pad: false) ?? "";
        var location = p.Text(3);
        if (location is null) p.Fail(InputErrorKind.MissingField, "expected a LOCATION (RURAL or a competitive bidding area), but the field is empty", null, null, null);
        return new DmeposRuralZipRow(state, zip, yearQuarter, location ?? "", p.Source);
    }

    [GeneratedRegex(@"Quarter[\s_-]*([1-4])[\s_-]*(\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterName();
}
