using CodeBrief.Ingest.OppsAddendumB;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>OPPS Addendum B: <see cref="OppsRateRow"/> rows in table <c>opps_rates</c>.</summary>
internal static class OppsRateTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<OppsRateRow> Map { get; } = new("opps_rates",
    [
        ("code", r => r.Code),
        ("status_ind", r => r.StatusIndicator),
        ("apc", r => r.Apc),
        ("rel_weight", r => Number(r.RelativeWeight)),
        ("payment_rate", r => Number(r.PaymentRate)),
        ("natl_copay", r => Number(r.NationalCopayment)),
        ("min_copay", r => Number(r.MinimumCopayment)),
    ]);
}
