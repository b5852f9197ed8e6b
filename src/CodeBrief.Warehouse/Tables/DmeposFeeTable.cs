using CodeBrief.Ingest.Dmepos;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The DMEPOS fee schedule: <see cref="DmeposFeeRow"/> rows (one per file line and state) in table <c>dmepos_fee</c>.</summary>
internal static class DmeposFeeTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<DmeposFeeRow> Map { get; } = new("dmepos_fee",
    [
        ("code", r => r.Code),
        ("modifier", r => r.Modifier),
        ("modifier2", r => r.Modifier2),
        ("juris", r => Text(r.Jurisdiction)),
        ("category", r => Text(r.Category)),
        ("ceiling_fee", r => Number(r.Ceiling)),
        ("floor_fee", r => Number(r.Floor)),
        ("state", r => r.State),
        ("fee_nonrural", r => Number(r.NonRuralFee)),
        ("fee_rural", r => Number(r.RuralFee)),
        ("description", r => r.Description),
    ]);
}
