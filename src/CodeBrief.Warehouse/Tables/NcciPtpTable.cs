using CodeBrief.Ingest.NcciPtp;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>NCCI procedure-to-procedure edits: <see cref="PtpEditRow"/> rows in table <c>ncci_ptp</c>.</summary>
internal static class NcciPtpTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<PtpEditRow> Map { get; } = new("ncci_ptp",
    [
        ("column1", r => r.Column1),
        ("column2", r => r.Column2),
        ("setting", r => r.Setting),
        ("prior_1996", r => r.Prior1996),
        ("eff_date", r => r.EffectiveDate),
        ("del_date", r => r.DeletionDate),
        ("modifier_ind", r => Text(r.ModifierIndicator)),
        ("rationale", r => r.Rationale),
    ]);
}
