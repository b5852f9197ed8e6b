using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.OppsAddendumB;

/// <summary>
/// Reads OPPS Addendum B, "OPPS Payment by HCPCS Code", which CMS publishes each quarter on the Hospital Outpatient PPS
/// "Addendum A and Addendum B Updates" page (a zip holding .xlsx and .csv copies).
/// </summary>
/// <remarks>
/// Layout followed: Addendum B as published for the CY 2025 OPPS final rule (November 2024) and its 2025 quarterly
/// updates: title and copyright-note rows, then the header <c>HCPCS Code, Short Descriptor, SI, APC, Relative Weight,
/// Payment Rate, National Unadjusted Copayment, Minimum Unadjusted Copayment</c> (further columns, such as notes and pass-
/// through dates, are ignored). Blank amounts (packaged or non-payable codes) are null. A header that lacks one of these
/// columns is refused with the column named, so nothing of a re-edited file loads.
/// </remarks>
internal static class OppsAddendumBReader
{
    /// <summary>The layout: the header is within the first 15 rows.</summary>
    public static TitledLayout Layout { get; } = new("OPPS Addendum B", 15,
        row => ColumnSpec.Named("HCPCS Code").Matches(row.Cell(0)) && TitledLayout.Has(row, "SI") && TitledLayout.Has(row, "APC"),
        [
            ColumnSpec.Named("HCPCS Code"), ColumnSpec.Named("Short Descriptor"), ColumnSpec.Named("SI"), ColumnSpec.Named("APC"),
            ColumnSpec.Named("Relative Weight"), ColumnSpec.Named("Payment Rate"), ColumnSpec.Named("National Unadjusted Copayment"),
            ColumnSpec.Named("Minimum Unadjusted Copayment"),
        ],
        "Load Addendum B as CMS publishes it (the .csv or .xlsx in the quarter's zip), without renamed columns.");

    /// <summary>Streams the code rows.</summary>
    public static IEnumerable<RowResult<OppsRateRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken) =>
        TitledTable.Read(path, Layout, origin, (row, at, p) =>
        {
            var code = p.Code(row.Cell(at[0]), null, null);
            var si = row.Cell(at[2]).ToUpperInvariant();
            if (si.Length is 0 or > 2) p.Fail(Core.Errors.InputErrorKind.MalformedValue, "expected a status indicator of one or two characters", null, null, row.Cell(at[2]));
            var apc = row.Cell(at[3]);
            return new OppsRateRow(code ?? "", si, apc.Length == 0 ? null : apc, TitledTable.Amount(p, row.Cell(at[4]), false),
                TitledTable.Amount(p, row.Cell(at[5]), false), TitledTable.Amount(p, row.Cell(at[6]), false),
                TitledTable.Amount(p, row.Cell(at[7]), false), p.Source);
        }, cancellationToken);

    /// <summary>The release month named in the title rows or the file name (<c>2025-01</c>), or null.</summary>
    public static DateOnly? ReleaseMonth(string path) =>
        TitledTable.MonthIn(TitledTable.Preamble(path, Layout)) ?? TitledTable.MonthIn(Path.GetFileNameWithoutExtension(path));
}
