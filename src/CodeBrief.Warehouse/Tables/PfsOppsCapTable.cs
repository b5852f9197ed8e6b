using CodeBrief.Ingest.PfsOppsCap;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The PFS OPPS payment caps: <see cref="PfsOppsCapRow"/> rows in table <c>pfs_opps_cap</c>.</summary>
internal static class PfsOppsCapTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<PfsOppsCapRow> Map { get; } = new("pfs_opps_cap",
    [
        ("code", r => r.Code),
        ("modifier", r => r.Modifier),
        ("proc_status", r => Text(r.ProcedureStatus)),
        ("mac", r => Text(r.Mac)),
        ("locality", r => Text(r.Locality)),
        ("facility_price", r => Number(r.FacilityPrice)),
        ("nonfacility_price", r => Number(r.NonFacilityPrice)),
    ]);
}
