using CodeBrief.Ingest.ZipLocality;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The ZIP code to carrier locality file: <see cref="ZipLocalityRow"/> rows in table <c>zip_locality</c>.</summary>
internal static class ZipLocalityTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<ZipLocalityRow> Map { get; } = new("zip_locality",
    [
        ("zip", r => r.Zip),
        ("state", r => Text(r.State)),
        ("mac", r => Text(r.Mac)),
        ("locality", r => Text(r.Locality)),
        ("rural_ind", r => r.RuralIndicator),
        ("lab_cb_locality", r => r.LabCompetitiveBiddingLocality),
        ("plus4_flag", r => Text(r.Plus4Flag)),
        ("year_quarter", r => Text(r.YearQuarter)),
    ]);
}
