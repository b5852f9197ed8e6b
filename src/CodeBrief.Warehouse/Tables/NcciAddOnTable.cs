using CodeBrief.Ingest.NcciAoc;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>NCCI add-on code edits: <see cref="AddOnEditRow"/> rows in table <c>ncci_addon</c>.</summary>
internal static class NcciAddOnTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<AddOnEditRow> Map { get; } = new("ncci_addon",
    [
        ("addon_code", r => r.AddOnCode),
        ("primary_code", r => r.PrimaryCode),
        ("edit_type", r => r.EditType),
        ("addon_del_date", r => r.AddOnDeletionDate),
        ("primary_del_date", r => r.PrimaryDeletionDate),
        ("eff_date", r => r.EffectiveDate),
        ("del_date", r => r.DeletionDate),
        ("notes", r => r.Notes),
    ]);
}
