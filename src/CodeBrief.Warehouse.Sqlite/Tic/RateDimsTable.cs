using CodeBrief.Ingest.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Interns the low-cardinality columns of a rate (code, type, arrangement and the price's class, setting, places of
/// service, modifiers, negotiated type, expiration) into <c>tic_rate_dims</c> ids, inserting each combination the first
/// time it is seen.
/// </summary>
/// <remarks>A file has a few thousand combinations and millions of rates, so the lookup is what costs: the item half is
/// looked up once per item, and the price half is keyed by the reader's pooled strings. Not thread-safe.</remarks>
internal sealed class RateDimsTable : IDisposable
{
    private readonly RawStatement _insert;
    private readonly Dictionary<(string Code, string Type, TicArrangement Arrangement), int> _itemDims = [];
    private readonly Dictionary<(string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration), int> _priceDims = [];
    private readonly Dictionary<long, int> _dims = [];
    private RateItem? _lastItem;
    private int _lastItemDims;

    public RateDimsTable(SqliteConnection connection, long sourceId)
    {
        _insert = new RawStatement(connection, """
            INSERT INTO tic_rate_dims(source_id,dims_id,billing_code,billing_code_type,billing_code_type_version,modifiers,billing_class,setting,
              pos_set,negotiated_type,expiration,arrangement)
            VALUES(?,?,?,?,?,?,?,?,?,?,?,?)
            """);
        _insert.Bind(1, sourceId);
    }

    /// <summary>The <c>tic_rate_dims</c> id of <paramref name="price"/> of <paramref name="item"/>.</summary>
    public int IdOf(RateItem item, in TicPrice price)
    {
        if (!ReferenceEquals(item, _lastItem))
        {
            var itemKey = (item.Code, item.Type, item.Arrangement);
            if (!_itemDims.TryGetValue(itemKey, out _lastItemDims)) _itemDims[itemKey] = _lastItemDims = _itemDims.Count;
            _lastItem = item;
        }
        var priceKey = (price.Modifiers, price.BillingClass, price.Setting ?? "", price.ServiceCodes, price.NegotiatedType, price.Expiration ?? "");
        if (!_priceDims.TryGetValue(priceKey, out var priceDims)) _priceDims[priceKey] = priceDims = _priceDims.Count;
        var key = ((long)_lastItemDims << 32) | (uint)priceDims;
        if (_dims.TryGetValue(key, out var id)) return id;
        _dims[key] = id = _dims.Count + 1;
        Insert(id, item, price);
        return id;
    }

    private void Insert(int id, RateItem item, in TicPrice price)
    {
        _insert.Bind(2, id);
        _insert.Bind(3, item.Code);
        _insert.Bind(4, item.Type);
        _insert.Bind(5, item.TypeVersion);
        _insert.Bind(6, price.Modifiers);
        _insert.Bind(7, price.BillingClass);
        _insert.Bind(8, price.Setting ?? "");
        _insert.Bind(9, price.ServiceCodes);
        _insert.Bind(10, price.NegotiatedType);
        _insert.Bind(11, price.Expiration ?? "");
        _insert.Bind(12, item.Arrangement switch
        {
            TicArrangement.Bundle => "bundle",
            TicArrangement.Capitation => "capitation",
            _ => "ffs",
        });
        _insert.Execute();
    }

    public void Dispose() => _insert.Dispose();
}
