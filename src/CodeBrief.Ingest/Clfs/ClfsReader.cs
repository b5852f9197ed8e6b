using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Clfs;

/// <summary>
/// Reads the CLFS CSV: a preamble (title, AMA notice, notes), the header, then one row per code and modifier.
/// </summary>
internal static partial class ClfsReader
{
    /// <summary>How far down the header may sit; CMS puts four preamble lines above it.</summary>
    public const int HeaderSearchLines = 10;

    private static readonly string[] HeaderNames =
        ["YEAR", "HCPCS", "MOD", "EFF_DATE", "INDICATOR", "RATE", "SHORTDESC", "LONGDESC", "EXTENDED LONGDESC"];

    /// <summary>True for the CLFS header row.</summary>
    public static bool IsHeader(CsvRecord record) => CsvFile.StartsWith(record, HeaderNames);

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<ClfsRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, string.Join(',', HeaderNames));
        foreach (var row in CsvRows.Read(reader, HeaderNames.Length, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>The version from the file name, else the YEAR of the first data row.</summary>
    public static string ReadVersion(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (QuarterName().Match(name) is { Success: true } q)
            return q.Groups[1].Value + "Q" + q.Groups[2].Value + q.Groups[3].Value.ToUpperInvariant();
        if (CmsName().Match(name) is { Success: true } c)
            return "20" + c.Groups[1].Value + "Q" + c.Groups[2].Value;
        // The version is what is being found, so the rows carry none yet.
        foreach (var row in Read(path, () => new SourceRef("clfs", Path.GetFileName(path), "", 0), CancellationToken.None))
            if (row.Value is { Year.Length: > 0 } value) return value.Year;
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MissingField,
            "the file name carries no CLFS version (such as CLFS 2025 Q2V1 or 25CLABQ2) and no row has a YEAR",
            fix: "Rename the file as CMS published it.");
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static ClfsRow ParseRow(CsvRecord record, RowParser p)
    {
        var year = p.Digits(0, 4, pad: false);
        var code = p.Code(1);
        var modifier = p.Modifier(2);
        var effective = p.Digits(3, 8, pad: false);
        var indicator = p.Flag(4, 1);
        // L rows are priced locally by each MAC; their RATE is a 0.00 placeholder, not a $0 national limit.
        var local = indicator == "L";
        var rate = p.Number(5, required: !local);
        if (local) rate = null;
        return new ClfsRow(code ?? "", modifier, year ?? "", effective ?? "", indicator ?? "", rate, p.Text(6) ?? "", p.Text(7) ?? "",
            p.Text(8) ?? "", p.Source);
    }

    [GeneratedRegex(@"CLFS[\s_-]*(\d{4})[\s_-]*Q([1-4])[\s_-]*(V\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterName();

    [GeneratedRegex(@"(\d{2})CLABQ([1-4])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CmsName();
}
