using CodeBrief.Ingest.Tic;
using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Interns the text of a rate (the item's code, type, version and arrangement; the price's modifiers, class, setting,
/// places of service, negotiated type and expiration) into small ids, so the staged rows are numbers only.
/// </summary>
/// <remarks>A file has a few thousand combinations and millions of rates: the item half is looked up once per item, the
/// price half by the reader's pooled strings. Not thread-safe.</remarks>
internal sealed class LakeDims
{
    private readonly Dictionary<(string Code, string Type, string? Version, TicArrangement Arrangement), int> _items = [];
    private readonly List<(string Code, string Type, string? Version, TicArrangement Arrangement)> _itemRows = [];
    private readonly Dictionary<(string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration), int> _prices = [];
    private readonly List<TicPrice> _priceRows = [];
    private readonly Dictionary<long, int> _dims = [];
    private readonly List<(int Item, int Price)> _dimRows = [];

    /// <summary>The id of an item's code.</summary>
    public int ItemKey(string code, string type, string? version, TicArrangement arrangement)
    {
        var key = (code, type, version, arrangement);
        if (_items.TryGetValue(key, out var id)) return id;
        _items[key] = id = _itemRows.Count;
        _itemRows.Add(key);
        return id;
    }

    /// <summary>The dims id of <paramref name="price"/> under the item key <paramref name="item"/>.</summary>
    public int IdOf(int item, in TicPrice price)
    {
        var priceKey = (price.Modifiers, price.BillingClass, price.Setting ?? "", price.ServiceCodes, price.NegotiatedType, price.Expiration ?? "");
        if (!_prices.TryGetValue(priceKey, out var priceId))
        {
            _prices[priceKey] = priceId = _priceRows.Count;
            _priceRows.Add(price);
        }
        var key = ((long)item << 32) | (uint)priceId;
        if (_dims.TryGetValue(key, out var id)) return id;
        _dims[key] = id = _dimRows.Count;
        _dimRows.Add((item, priceId));
        return id;
    }

    /// <summary>Creates <paramref name="table"/> with one row per dims id.</summary>
    public void WriteTo(DuckDBConnection db, string table)
    {
        LakeSettings.Execute(db, $"""
            CREATE TABLE {table}(dims INTEGER, billing_code VARCHAR, billing_code_type VARCHAR, billing_code_type_version VARCHAR, arrangement VARCHAR,
              billing_class VARCHAR, setting VARCHAR, place_of_service VARCHAR, modifiers VARCHAR, negotiated_type VARCHAR, expiration_date VARCHAR)
            """);
        using var appender = db.CreateAppender(table);
        for (var id = 0; id < _dimRows.Count; id++)
        {
            var (itemId, priceId) = _dimRows[id];
            var item = _itemRows[itemId];
            var price = _priceRows[priceId];
            appender.CreateRow().AppendValue(id).AppendValue(item.Code).AppendValue(item.Type).AppendValue(item.Version)
                .AppendValue(Arrangement(item.Arrangement)).AppendValue(price.BillingClass).AppendValue(price.Setting ?? "")
                .AppendValue(price.ServiceCodes).AppendValue(price.Modifiers).AppendValue(price.NegotiatedType).AppendValue(price.Expiration).EndRow();
        }
    }

    /// <summary>The arrangement as the lake and the SQLite store write it.</summary>
    public static string Arrangement(TicArrangement arrangement) => arrangement switch
    {
        TicArrangement.Bundle => "bundle",
        TicArrangement.Capitation => "capitation",
        _ => "ffs",
    };
}
