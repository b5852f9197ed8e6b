using CodeBrief.Ingest.Clfs;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The Clinical Laboratory Fee Schedule: <see cref="ClfsRow"/> rows in table <c>clfs</c>.</summary>
internal static class ClfsTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<ClfsRow> Map { get; } = new("clfs",
    [
        ("code", r => r.Code),
        ("modifier", r => r.Modifier),
        ("year", r => Text(r.Year)),
        ("eff_date", r => Text(r.EffectiveDate)),
        ("indicator", r => Text(r.Indicator)),
        ("rate", r => Number(r.Rate)),
        ("short_desc", r => Text(r.ShortDescription)),
        ("long_desc", r => Text(r.LongDescription)),
        ("extended_desc", r => Text(r.ExtendedDescription)),
    ]);
}
