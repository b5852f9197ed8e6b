using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AspPricing;

/// <summary>
/// Reads the quarterly "ASP Pricing File" (Medicare Part B drug payment limits) that CMS publishes on the "ASP Pricing
/// Files" page of its Part B Drug Average Sales Price section (a zip holding the file as .xls/.xlsx and .csv).
/// </summary>
/// <remarks>
/// Layout followed: the 2025 quarterly ASP pricing files (for example the January 2025 file): several title and notice
/// rows, then the header <c>HCPCS Code, Short Description, HCPCS Code Dosage, Payment Limit, …</c> (the vaccine, blood and
/// clotting-factor and notes columns that follow are ignored). A header that lacks one of these four columns is refused
/// with the column named, so nothing of a re-edited file loads.
/// </remarks>
internal static class AspPricingReader
{
    /// <summary>The layout: the header is within the first 20 rows.</summary>
    public static TitledLayout Layout { get; } = new("ASP pricing file", 20,
        row => ColumnSpec.Named("HCPCS Code").Matches(row.Cell(0)) && TitledLayout.Has(row, "HCPCS Code Dosage"),
        [ColumnSpec.Named("HCPCS Code"), ColumnSpec.Named("Short Description"), ColumnSpec.Named("HCPCS Code Dosage"), ColumnSpec.Named("Payment Limit")],
        "Load the ASP pricing file as CMS publishes it (the .csv or .xlsx in the quarter's zip), without renamed columns.");

    /// <summary>Streams the code rows.</summary>
    public static IEnumerable<RowResult<AspPriceRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken) =>
        TitledTable.Read(path, Layout, origin, (row, at, p) =>
        {
            var code = p.Code(row.Cell(at[0]), null, null);
            var levelII = code is not null && HcpcsCode.Parse(code).Type == CodeType.HcpcsLevelII;
            var dosage = row.Cell(at[2]);
            return new AspPriceRow(code ?? "", levelII && row.Cell(at[1]).Length > 0 ? row.Cell(at[1]) : null, dosage,
                TitledTable.Amount(p, row.Cell(at[3]), false), p.Source);
        }, cancellationToken);

    /// <summary>The quarter's month named in the title rows or the file name (<c>2025-01</c>), or null.</summary>
    public static DateOnly? ReleaseMonth(string path) =>
        TitledTable.MonthIn(TitledTable.Preamble(path, Layout)) ?? TitledTable.MonthIn(Path.GetFileNameWithoutExtension(path));
}
