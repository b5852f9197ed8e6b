using CodeBrief.Ingest.PfsLocality;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The PFS locality counties: <see cref="PfsLocalityRow"/> rows in table <c>pfs_locality_counties</c>.</summary>
internal static class PfsLocalityTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<PfsLocalityRow> Map { get; } = new("pfs_locality_counties",
    [
        ("mac", r => r.Mac),
        ("locality", r => r.Locality),
        ("state", r => r.State),
        ("fee_schedule_area", r => r.FeeScheduleArea),
        ("counties", r => r.Counties),
    ]);
}
