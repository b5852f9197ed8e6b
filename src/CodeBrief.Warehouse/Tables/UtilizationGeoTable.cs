using CodeBrief.Ingest.MedicareUtilization;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Medicare utilization by geography and service: <see cref="UtilizationGeoRow"/> rows in table <c>medicare_util_geo</c>.</summary>
internal static class UtilizationGeoTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<UtilizationGeoRow> Map { get; } = new("medicare_util_geo",
    [
        ("geo_level", r => r.GeoLevel),
        ("geo_code", r => r.GeoCode),
        ("geo_desc", r => r.GeoDescription),
        ("code", r => r.Code),
        ("description", r => r.Description),
        ("drug_ind", r => r.DrugIndicator),
        ("place_of_service", r => r.PlaceOfService),
        ("providers", r => Number(r.Providers)),
        ("beneficiaries", r => Number(r.Beneficiaries)),
        ("services", r => Number(r.Services)),
        ("bene_day_services", r => Number(r.BeneficiaryDayServices)),
        ("avg_submitted_charge", r => Number(r.AverageSubmittedCharge)),
        ("avg_allowed", r => Number(r.AverageAllowed)),
        ("avg_payment", r => Number(r.AveragePayment)),
        ("avg_standardized", r => Number(r.AverageStandardized)),
    ]);
}
