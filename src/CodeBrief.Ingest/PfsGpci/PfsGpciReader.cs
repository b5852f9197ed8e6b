using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsGpci;

/// <summary>
/// Reads <c>GPCI*.csv</c>: a title, a blank line, the header, one row per locality, then footnotes (skipped).
/// MAC and locality are zero-padded to 5 and 2 digits.
/// </summary>
internal static partial class PfsGpciReader
{
    /// <summary>How far down the header may sit (line 3 in CMS files).</summary>
    public const int HeaderSearchLines = 10;

    private const int ColumnCount = 7;

    /// <summary>True for the GPCI header row.</summary>
    public static bool IsHeader(CsvRecord record) =>
        record.Count >= ColumnCount
        && CsvFile.StartsWith(record, "Medicare Administrative Contractor (MAC)", "State", "Locality Number", "Locality Name")
        && Names(record, 4, "PWGPCI") && Names(record, 5, "PEGPCI") && Names(record, 6, "MPGPCI");

    /// <summary>Streams the locality rows.</summary>
    public static IEnumerable<RowResult<GpciLocality>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader,
            "Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,… PW GPCI,… PE GPCI,… MP GPCI");
        foreach (var row in CsvRows.Read(reader, ColumnCount, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>The year from the file name, else from the header.</summary>
    public static string ReadVersion(string path)
    {
        if (FileYear().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } m) return m.Groups[1].Value;
        using var reader = CsvFile.Open(path);
        var header = CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, "… PW GPCI …");
        return HeaderYear().Match(header.Fields[4]) is { Success: true } h ? h.Groups[1].Value : Path.GetFileNameWithoutExtension(path);
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static GpciLocality ParseRow(CsvRecord r, RowParser p) =>
        new(p.Digits(0, 5) ?? "", p.Flag(1, 2) ?? "", p.Digits(2, 2) ?? "", p.Text(3) ?? "", p.Number(4), p.Number(5), p.Number(6), p.Source);

    private static bool Names(CsvRecord record, int index, string part) =>
        CsvFile.Squeeze(record.Fields[index]).Contains(part, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"GPCI\D{0,3}(\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileYear();

    [GeneratedRegex(@"(\d{4})")]
    private static partial Regex HeaderYear();
}
