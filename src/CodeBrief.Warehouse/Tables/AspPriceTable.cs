using CodeBrief.Ingest.AspPricing;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The ASP drug pricing file: <see cref="AspPriceRow"/> rows in table <c>asp_prices</c>.</summary>
internal static class AspPriceTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<AspPriceRow> Map { get; } = new("asp_prices",
    [
        ("code", r => r.Code),
        ("short_desc", r => r.ShortDescription),
        ("dosage", r => r.Dosage),
        ("payment_limit", r => Number(r.PaymentLimit)),
    ]);
}
