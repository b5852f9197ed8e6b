using CodeBrief.Ingest.NcciMue;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>NCCI medically unlikely edits: <see cref="MueRow"/> rows in table <c>ncci_mue</c>.</summary>
internal static class NcciMueTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<MueRow> Map { get; } = new("ncci_mue",
    [
        ("code", r => r.Code),
        ("setting", r => r.Setting),
        ("mue_value", r => Integer(r.Value)),
        ("adjudication_ind", r => r.AdjudicationIndicator),
        ("rationale", r => r.Rationale),
    ]);
}
