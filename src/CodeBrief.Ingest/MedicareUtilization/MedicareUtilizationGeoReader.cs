using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>
/// Reads "Medicare Physician &amp; Other Practitioners – by Geography and Service": one row per geography (National or a
/// state), HCPCS code and place of service (F facility, O office/non-facility), with counts and average amounts.
/// </summary>
/// <remarks>Columns are found by name, so a release that reorders them still reads; a missing column is a bad header.</remarks>
internal static class MedicareUtilizationGeoReader
{
    /// <summary>How far down the header may sit; data.cms.gov puts it on line 1.</summary>
    public const int HeaderSearchLines = 3;

    /// <summary>The published columns, in the order of the table's columns.</summary>
    private static readonly string[] Names =
    [
        "Rndrng_Prvdr_Geo_Lvl", "Rndrng_Prvdr_Geo_Cd", "Rndrng_Prvdr_Geo_Desc", "HCPCS_Cd", "HCPCS_Desc", "HCPCS_Drug_Ind",
        "Place_Of_Srvc", "Tot_Rndrng_Prvdrs", "Tot_Benes", "Tot_Srvcs", "Tot_Bene_Day_Srvcs", "Avg_Sbmtd_Chrg",
        "Avg_Mdcr_Alowd_Amt", "Avg_Mdcr_Pymt_Amt", "Avg_Mdcr_Stdzd_Amt",
    ];

    /// <summary>True for the header row: the geography level beside the HCPCS code and service count.</summary>
    public static bool IsHeader(CsvRecord record) => CsvHeader.Contains(record, "Rndrng_Prvdr_Geo_Lvl", "HCPCS_Cd", "Tot_Srvcs");

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<UtilizationGeoRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Utf8);
        var header = new CsvHeader(CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, string.Join(',', Names)));
        var at = Names.Select(n => header.Require(reader.File, n)).ToArray();
        foreach (var row in CsvRows.Read(reader, header.Count, origin, (record, p) => ParseRow(p, at), cancellationToken))
            yield return row;
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static UtilizationGeoRow ParseRow(RowParser p, int[] at)
    {
        var level = p.Text(at[0]);
        // Only the two published levels: anything else means the columns are shifted or the file is another one.
        if (level is not ("National" or "State"))
            p.Fail(level is null ? InputErrorKind.MissingField : InputErrorKind.MalformedValue,
                "expected the geography level National or State", null, null, level);
        return new UtilizationGeoRow(
            level ?? "", p.Text(at[1]), p.Text(at[2]), p.Code(at[3]) ?? "", p.Text(at[4]), p.Flag(at[5], 1, required: false),
            p.Flag(at[6], 1) ?? "", p.Number(at[7], required: false), p.Number(at[8], required: false), p.Number(at[9]),
            p.Number(at[10], required: false), p.Number(at[11], required: false), p.Number(at[12]),
            p.Number(at[13], required: false), p.Number(at[14], required: false), p.Source);
    }
}
