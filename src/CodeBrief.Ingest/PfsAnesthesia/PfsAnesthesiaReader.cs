using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsAnesthesia;

/// <summary>
/// Reads <c>ANES*.csv</c>: a header whose fourth cell states the national CF, then one row per locality.
/// MAC and locality are zero-padded to 5 and 2 digits.
/// </summary>
internal static partial class PfsAnesthesiaReader
{
    /// <summary>How far down the header may sit (line 1 in CMS files).</summary>
    public const int HeaderSearchLines = 5;

    private const int ColumnCount = 4;

    /// <summary>True for the anesthesia header row, which must state the national CF.</summary>
    public static bool IsHeader(CsvRecord record) =>
        CsvFile.StartsWith(record, "Contractor", "Locality", "Locality Name")
        && record.Count >= ColumnCount && NationalCf().IsMatch(record.Fields[3]);

    /// <summary>Streams the locality rows.</summary>
    public static IEnumerable<RowResult<PfsAnesthesiaRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        var header = CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader,
            "Contractor,Locality,Locality Name,National Anes CF of <amount>");
        var national = decimal.Parse(NationalCf().Match(header.Fields[3]).Groups[1].Value, NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        PfsAnesthesiaRow ParseRow(CsvRecord r, RowParser p) =>
            new(p.Digits(0, 5) ?? "", p.Digits(1, 2) ?? "", p.Text(2), p.Number(3), national, p.Source);
        foreach (var row in CsvRows.Read(reader, ColumnCount, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>The year from the file name, else the file name.</summary>
    public static string ReadVersion(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return FileYear().Match(name) is { Success: true } m ? m.Groups[1].Value : name;
    }

    [GeneratedRegex(@"National\s+Anes(?:thesia)?\s+CF\s+of\s+\$?(\d+(?:\.\d+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NationalCf();

    [GeneratedRegex(@"ANES\D{0,3}(\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileYear();
}
