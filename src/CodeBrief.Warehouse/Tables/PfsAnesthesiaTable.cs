using CodeBrief.Ingest.PfsAnesthesia;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The PFS anesthesia conversion factors: <see cref="PfsAnesthesiaRow"/> rows in table <c>pfs_anesthesia_cf</c>.</summary>
internal static class PfsAnesthesiaTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<PfsAnesthesiaRow> Map { get; } = new("pfs_anesthesia_cf",
    [
        ("mac", r => r.Mac),
        ("locality", r => r.Locality),
        ("locality_name", r => r.LocalityName),
        ("anes_cf", r => Number(r.ConversionFactor)),
        ("national_cf", r => Number(r.NationalConversionFactor)),
    ]);
}
