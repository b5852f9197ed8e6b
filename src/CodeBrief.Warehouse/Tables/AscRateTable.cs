using CodeBrief.Ingest.AscAddenda;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>ASC Addenda AA and BB: <see cref="AscRateRow"/> rows in table <c>asc_rates</c>.</summary>
internal static class AscRateTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<AscRateRow> Map { get; } = new("asc_rates",
    [
        ("code", r => r.Code),
        ("addendum", r => r.Addendum),
        ("mult_proc_discount", r => r.MultipleProcedureDiscount),
        ("payment_ind", r => r.PaymentIndicator),
        ("payment_weight", r => Number(r.PaymentWeight)),
        ("payment_rate", r => Number(r.PaymentRate)),
    ]);
}
