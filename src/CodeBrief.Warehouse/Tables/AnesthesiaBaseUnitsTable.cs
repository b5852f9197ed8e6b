using CodeBrief.Ingest.AnesthesiaBaseUnits;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Anesthesia base units: <see cref="AnesthesiaBaseUnitRow"/> rows in table <c>anes_base_units</c>.</summary>
internal static class AnesthesiaBaseUnitsTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<AnesthesiaBaseUnitRow> Map { get; } = new("anes_base_units",
    [
        ("code", r => r.Code),
        ("base_units", r => Number(r.BaseUnits)),
    ]);
}
