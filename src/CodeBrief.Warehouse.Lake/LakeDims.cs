using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Interns the text of a rate (the item's code, type, version and arrangement; the price's modifiers, class, setting,
/// places of service, negotiated type and expiration) into small ids, so the staged rows are numbers only.
/// </summary>
/// <remarks>A file has a few thousand combinations and millions of rates: the item half is looked up once per item, the
/// price half by the reader's pooled strings. The expiration is parsed once per price shape. Not thread-safe.</remarks>
internal sealed class LakeDims
{
    private readonly Dictionary<(string Code, string Type, string? Version, TicArrangement Arrangement), int> _items = [];
    private readonly List<(string Code, string Type, string? Version, TicArrangement Arrangement)> _itemRows = [];
    private readonly Dictionary<(string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration), int> _prices = [];
    private readonly List<TicPrice> _priceRows = [];
    private readonly List<DateOnly?> _expirations = [];
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
            _expirations.Add(DateOnly.TryParseExact(price.Expiration, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date) ? date : null);
        }
        var key = ((long)item << 32) | (uint)priceId;
        if (_dims.TryGetValue(key, out var id)) return id;
        _dims[key] = id = _dimRows.Count;
        _dimRows.Add((item, priceId));
        return id;
    }

    /// <summary>The text columns (code, code type, version, arrangement, class, setting, places of service, modifiers,
    /// negotiated type) and the expiration date of the rows whose dims ids are <paramref name="dims"/>.</summary>
    /// <remarks>New arrays each call: they go to the writing thread while the next row group fills.</remarks>
    public (string?[][] Text, DateOnly?[] Expiration) Columns(ReadOnlySpan<int> dims)
    {
        var n = dims.Length;
        var text = new string?[9][];
        for (var c = 0; c < text.Length; c++) text[c] = new string?[n];
        var expiration = new DateOnly?[n];
        for (var r = 0; r < n; r++)
        {
            var (itemId, priceId) = _dimRows[dims[r]];
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
        return (text, expiration);
    }

    /// <summary>The arrangement as the lake and the SQLite store write it.</summary>
    public static string Arrangement(TicArrangement arrangement) => arrangement switch
    {
        TicArrangement.Bundle => "bundle",
        TicArrangement.Capitation => "capitation",
        _ => "ffs",
    };
}
