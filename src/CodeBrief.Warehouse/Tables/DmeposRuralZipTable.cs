using CodeBrief.Ingest.Dmepos;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The DMEPOS rural ZIP code file: <see cref="DmeposRuralZipRow"/> rows in table <c>dmepos_rural_zip</c>.</summary>
internal static class DmeposRuralZipTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<DmeposRuralZipRow> Map { get; } = new("dmepos_rural_zip",
    [
        ("zip", r => r.Zip),
        ("state", r => Text(r.State)),
        ("year_quarter", r => Text(r.YearQuarter)),
        ("location", r => Text(r.Location)),
    ]);
}
