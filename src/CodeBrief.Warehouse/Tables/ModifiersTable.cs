using CodeBrief.Ingest.Hcpcs;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>HCPCS Level II modifiers: <see cref="ModifierRow"/> rows in table <c>modifiers</c>.</summary>
internal static class ModifiersTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<ModifierRow> Map { get; } = new("modifiers",
    [
        ("code", r => r.Code),
        ("long_desc", r => r.LongDescription),
        ("short_desc", r => r.ShortDescription),
        ("add_date", r => r.AddDate),
        ("eff_date", r => r.EffectiveDate),
        ("term_date", r => r.TerminationDate),
    ]);
}
