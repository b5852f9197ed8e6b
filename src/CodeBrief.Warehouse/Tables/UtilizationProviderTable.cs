using CodeBrief.Ingest.MedicareUtilization;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Medicare utilization by provider and service: <see cref="UtilizationProviderRow"/> rows in table <c>medicare_util_provider</c>.</summary>
internal static class UtilizationProviderTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<UtilizationProviderRow> Map { get; } = new("medicare_util_provider",
    [
        ("npi", r => r.Npi),
        ("provider_type", r => r.ProviderType),
        ("code", r => r.Code),
        ("place_of_service", r => r.PlaceOfService),
        ("beneficiaries", r => Number(r.Beneficiaries)),
        ("services", r => Number(r.Services)),
        ("avg_allowed", r => Number(r.AverageAllowed)),
    ]);
}
