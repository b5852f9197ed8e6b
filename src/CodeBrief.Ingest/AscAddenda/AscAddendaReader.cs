using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AscAddenda;

/// <summary>
/// Reads ASC Addendum AA ("ASC Covered Surgical Procedures") and Addendum BB ("ASC Covered Ancillary Services"), which
/// CMS publishes each quarter on the Ambulatory Surgical Center Payment "ASC Payment Rates - Addenda" page (a zip of
/// .xlsx and .csv copies).
/// </summary>
/// <remarks>
/// Layout followed: the addenda as published for the CY 2025 OPPS/ASC final rule (November 2024) and their 2025 quarterly
/// updates: title rows, then a header <c>HCPCS Code, Short Descriptor, [Subject to Multiple Procedure Discounting,]
/// &lt;quarter&gt; Payment Indicator, &lt;quarter&gt; Payment Weight, &lt;quarter&gt; Payment Rate</c>, where the quarter prefix
/// reads like <c>January 2025</c>; comment-indicator and other columns are ignored. Addendum AA is told from BB by its
/// multiple procedure discounting column (BB lists ancillary services, which have none).
/// </remarks>
internal static class AscAddendaReader
{
    private static readonly ColumnSpec Discounting = ColumnSpec.Named("Subject to Multiple Procedure Discounting");

    /// <summary>The layout shared by AA and BB: header within the first 15 rows.</summary>
    public static TitledLayout Layout { get; } = new("ASC Addendum AA/BB", 15,
        row => ColumnSpec.Named("HCPCS Code").Matches(row.Cell(0)) && TitledLayout.HasEnding(row, "Payment Indicator"),
        [
            ColumnSpec.Named("HCPCS Code"), ColumnSpec.Named("Short Descriptor"), ColumnSpec.EndingWith("Payment Indicator"),
            ColumnSpec.EndingWith("Payment Weight"), ColumnSpec.EndingWith("Payment Rate"),
        ],
        "Load ASC Addendum AA or BB as CMS publishes it (the .csv or .xlsx in the quarter's zip), without renamed columns.");

    /// <summary>Streams the code rows.</summary>
    public static IEnumerable<RowResult<AscRateRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        int? discounting = null;
        string addendum = "BB";
        return TitledTable.Read(path, Layout, origin, (row, at, p) =>
        {
            var code = p.Code(row.Cell(at[0]), null, null);
            var indicator = row.Cell(at[2]).ToUpperInvariant();
            if (indicator.Length != 2)
                p.Fail(Core.Errors.InputErrorKind.MalformedValue, "expected a two-character ASC payment indicator", null, null, row.Cell(at[2]));
            var mpd = discounting is { } d ? row.Cell(d).ToUpperInvariant() : null;
            return new AscRateRow(code ?? "", addendum, mpd is { Length: > 0 } ? mpd : null, indicator,
                TitledTable.Amount(p, row.Cell(at[3]), false), TitledTable.Amount(p, row.Cell(at[4]), false), p.Source);
        }, cancellationToken, header =>
        {
            var index = Discounting.IndexIn(header);
            discounting = index >= 0 ? index : null;
            addendum = index >= 0 ? "AA" : "BB";
        });
    }

    /// <summary>The release month of the quarter-prefixed columns, the title rows or the file name (<c>2025-01</c>), or null.</summary>
    public static DateOnly? ReleaseMonth(string path) =>
        TitledTable.MonthIn(TitledTable.Preamble(path, Layout)) ?? TitledTable.MonthIn(Path.GetFileNameWithoutExtension(path));
}
