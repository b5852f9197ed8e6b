using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsOppsCap;

/// <summary>Reads <c>OPPSCAP*.csv</c>: a header, then one row per code, modifier, carrier and locality.</summary>
internal static class PfsOppsCapReader
{
    /// <summary>How far down the header may sit (line 1 in CMS files).</summary>
    public const int HeaderSearchLines = 5;

    private const int ColumnCount = 7;

    /// <summary>True for the OPPS cap header row (CMS spells the last column "NON-FACILTY PRICE").</summary>
    public static bool IsHeader(CsvRecord record) =>
        CsvFile.StartsWith(record, "HCPCS", "MOD", "PROCSTAT", "CARRIER", "LOCALITY", "FACILITY PRICE")
        && (CsvFile.FieldIs(record, 6, "NON-FACILTY PRICE") || CsvFile.FieldIs(record, 6, "NON-FACILITY PRICE"));

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<PfsOppsCapRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader,
            "HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,NON-FACILITY PRICE");
        foreach (var row in CsvRows.Read(reader, ColumnCount, origin, ParseRow, cancellationToken))
            yield return row;
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static PfsOppsCapRow ParseRow(CsvRecord r, RowParser p) =>
        new(p.Code(0) ?? "", p.Modifier(1), p.Flag(2, 1) ?? "", p.Digits(3, 5) ?? "", p.Digits(4, 2) ?? "", p.Number(5), p.Number(6), p.Source);
}
