using System.Globalization;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Numbers the text of a rate (the item's code, type, version and arrangement; the price's modifiers, class, setting,
/// places of service, negotiated type and expiration) as the <c>dims_id</c> of the lake's <c>rate_dims</c> table.
/// </summary>
/// <remarks>A file has a few thousand combinations and millions of rates: the item half is looked up once per item, the
/// price half by the reader's pooled strings, and consecutive prices of one shape (the common case) by reference
/// comparison alone. The expiration is parsed once per price shape. Not thread-safe.</remarks>
internal sealed class LakeDims
{
    private readonly Dictionary<(string Code, string Type, string? Version, TicArrangement Arrangement), int> _items = [];
    private readonly List<(string Code, string Type, string? Version, TicArrangement Arrangement)> _itemRows = [];
    private readonly Dictionary<(string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration), int> _prices = [];
    private readonly List<TicPrice> _priceRows = [];
    private readonly List<DateOnly?> _expirations = [];
    private readonly Dictionary<long, int> _dims = [];
    private readonly List<(int Item, int Price)> _dimRows = [];
    private TicPrice _lastPrice;
    private int _lastPriceId = -1;

    /// <summary>The combinations numbered so far.</summary>
    public int Count => _dimRows.Count;

    /// <summary>The id of an item's code.</summary>
    public int ItemKey(string code, string type, string? version, TicArrangement arrangement)
    {
        var key = (code, type, version, arrangement);
        if (_items.TryGetValue(key, out var id)) return id;
        _items[key] = id = _itemRows.Count;
        _itemRows.Add(key);
        return id;
    }

    /// <summary>The code of an item key.</summary>
    public string CodeOf(int item) => _itemRows[item].Code;

    /// <summary>The dims id of <paramref name="price"/> under the item key <paramref name="item"/>.</summary>
    public int IdOf(int item, in TicPrice price)
    {
        var priceId = SameShape(price, _lastPrice) && _lastPriceId >= 0 ? _lastPriceId : PriceId(price);
        (_lastPrice, _lastPriceId) = (price, priceId);
        var key = ((long)item << 32) | (uint)priceId;
        if (_dims.TryGetValue(key, out var id)) return id;
        _dims[key] = id = _dimRows.Count;
        _dimRows.Add((item, priceId));
        return id;
    }

    private int PriceId(in TicPrice price)
    {
        var priceKey = (price.Modifiers, price.BillingClass, price.Setting ?? "", price.ServiceCodes, price.NegotiatedType, price.Expiration ?? "");
        if (_prices.TryGetValue(priceKey, out var priceId)) return priceId;
        _prices[priceKey] = priceId = _priceRows.Count;
        _priceRows.Add(price);
        _expirations.Add(DateOnly.TryParseExact(price.Expiration, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);
        return priceId;
    }

    /// <summary>True when the two prices have the same shape: short strings, mostly the reader's pooled ones, so cheaper
    /// to compare than to hash.</summary>
    private static bool SameShape(in TicPrice a, in TicPrice b) =>
        string.Equals(a.Modifiers, b.Modifiers, StringComparison.Ordinal) && string.Equals(a.BillingClass, b.BillingClass, StringComparison.Ordinal)
        && string.Equals(a.Setting, b.Setting, StringComparison.Ordinal) && string.Equals(a.ServiceCodes, b.ServiceCodes, StringComparison.Ordinal)
        && string.Equals(a.NegotiatedType, b.NegotiatedType, StringComparison.Ordinal) && string.Equals(a.Expiration, b.Expiration, StringComparison.Ordinal);

    /// <summary>The <c>rate_dims</c> columns (dims id, code, code type, version, arrangement, class, setting, places of
    /// service, modifiers, negotiated type) and expiration date of every combination, in id order.</summary>
    public (int[] Ids, string?[][] Text, DateOnly?[] Expiration) Columns()
    {
        var n = _dimRows.Count;
        var text = new string?[9][];
        for (var c = 0; c < text.Length; c++) text[c] = new string?[n];
        var expiration = new DateOnly?[n];
        for (var r = 0; r < n; r++)
        {
            var (itemId, priceId) = _dimRows[r];
            var item = _itemRows[itemId];
            var price = _priceRows[priceId];
            text[0][r] = item.Code;
            text[1][r] = item.Type;
            text[2][r] = item.Version;
            text[3][r] = Arrangement(item.Arrangement);
            text[4][r] = price.BillingClass;
            text[5][r] = price.Setting ?? "";
            text[6][r] = price.ServiceCodes;
            text[7][r] = price.Modifiers;
            text[8][r] = price.NegotiatedType;
            expiration[r] = _expirations[priceId];
        }
        return ([.. Enumerable.Range(0, n)], text, expiration);
    }

    /// <summary>The arrangement as the lake and the SQLite store write it.</summary>
    public static string Arrangement(TicArrangement arrangement) => arrangement switch
    {
        TicArrangement.Bundle => "bundle",
        TicArrangement.Capitation => "capitation",
        _ => "ffs",
    };
}
