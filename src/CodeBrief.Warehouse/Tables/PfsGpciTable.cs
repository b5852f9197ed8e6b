using CodeBrief.Ingest.PfsGpci;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The PFS geographic practice cost indices: <see cref="GpciLocality"/> rows in table <c>pfs_gpci</c>.</summary>
internal static class PfsGpciTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<GpciLocality> Map { get; } = new("pfs_gpci",
    [
        ("mac", r => r.Mac),
        ("state", r => Text(r.State)),
        ("locality", r => r.Locality),
        ("locality_name", r => Text(r.Name)),
        ("pw_gpci", r => Number(r.Work)),
        ("pe_gpci", r => Number(r.PracticeExpense)),
        ("mp_gpci", r => Number(r.Malpractice)),
    ]);
}
