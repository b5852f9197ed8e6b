using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>
/// Reads "Medicare Physician &amp; Other Practitioners – by Provider and Service": one row per rendering NPI, HCPCS code
/// and place of service. Only the columns that answer "which provider types bill this code" are kept.
/// </summary>
/// <remarks>
/// The file has some 30 columns and millions of rows; names, addresses and the other amounts are dropped here so the
/// table stays narrow. Columns are found by name.
/// </remarks>
internal static class MedicareUtilizationProviderReader
{
    /// <summary>How far down the header may sit; data.cms.gov puts it on line 1.</summary>
    public const int HeaderSearchLines = 3;

    /// <summary>The published columns kept, in the order of the table's columns.</summary>
    private static readonly string[] Names =
        ["Rndrng_NPI", "Rndrng_Prvdr_Type", "HCPCS_Cd", "Place_Of_Srvc", "Tot_Benes", "Tot_Srvcs", "Avg_Mdcr_Alowd_Amt"];

    /// <summary>True for the header row: the rendering NPI and provider type beside the HCPCS code.</summary>
    public static bool IsHeader(CsvRecord record) =>
        CsvHeader.Contains(record, "Rndrng_NPI", "Rndrng_Prvdr_Type", "HCPCS_Cd", "Tot_Srvcs");

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<UtilizationProviderRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Utf8);
        var header = new CsvHeader(CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, string.Join(',', Names)));
        var at = Names.Select(n => header.Require(reader.File, n)).ToArray();
        foreach (var row in CsvRows.Read(reader, header.Count, origin, (record, p) => ParseRow(record, p, at), cancellationToken))
            yield return row;
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static UtilizationProviderRow ParseRow(CsvRecord record, RowParser p, int[] at)
    {
        var npi = p.Digits(at[0], 10, pad: false);
        var type = p.Text(at[1]);
        if (type is null)
            p.Fail(InputErrorKind.MissingField, "expected the provider type, but the field is empty",
                record.Starts[at[1]], record.Ends[at[1]], null);
        return new UtilizationProviderRow(npi ?? "", type ?? "", p.Code(at[2]) ?? "", p.Flag(at[3], 1) ?? "", p.Number(at[4], required: false),
            p.Number(at[5]), p.Number(at[6]), p.Source);
    }
}
