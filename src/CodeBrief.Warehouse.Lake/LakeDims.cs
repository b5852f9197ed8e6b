using System.Globalization;
using CodeBrief.Ingest.Tic;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Numbers the terms of a price (the item's code type, version and arrangement; the price's modifiers, class, setting,
/// places of service, negotiated type and expiration) as the <c>dims_id</c> of the lake's <c>rate_dims</c> table, and
/// hands each new combination to be written.
/// </summary>
/// <remarks>Most files use a few thousand combinations; files whose prices draw their terms anew (modifiers, place-of-service
/// sets and expiration dates varying price by price) use nearly one per price. So at most <see cref="Remembered"/>
/// combinations are remembered (<see cref="BoundedNumbering{TKey}"/>: one met again after that gets a new id and a new row),
/// and rows are written as they are numbered, not at the end. Consecutive prices of one shape
/// (the common case) are found by comparing strings, without hashing. Not thread-safe.</remarks>
internal sealed class LakeDims(Action<int, ItemTerms, TicPrice, DateOnly?> onNew)
{
    /// <summary>The most combinations remembered at once.</summary>
    public const int Remembered = BoundedNumbering.Remembered;

    private readonly BoundedNumbering<Key> _ids = new(first: 0);
    private ItemTerms _lastItem;
    private TicPrice _lastPrice;
    private int _lastId = -1;

    /// <summary>The dims id of <paramref name="price"/> of an item with <paramref name="item"/>'s terms.</summary>
    public int IdOf(in ItemTerms item, in TicPrice price)
    {
        if (_lastId >= 0 && item == _lastItem && SameShape(price, _lastPrice)) return _lastId;
        var (id, isNew) = _ids.IdOf(new Key(item, price.Modifiers, price.BillingClass, price.Setting ?? "", price.ServiceCodes, price.NegotiatedType, price.Expiration ?? ""));
        if (isNew)
            onNew(id, item, price, DateOnly.TryParseExact(price.Expiration, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);
        (_lastItem, _lastPrice, _lastId) = (item, price, id);
        return id;
    }

    /// <summary>True when the two prices have the same terms: short strings, mostly the reader's pooled ones, so cheaper
    /// to compare than to hash.</summary>
    private static bool SameShape(in TicPrice a, in TicPrice b) =>
        string.Equals(a.Modifiers, b.Modifiers, StringComparison.Ordinal) && string.Equals(a.BillingClass, b.BillingClass, StringComparison.Ordinal)
        && string.Equals(a.Setting, b.Setting, StringComparison.Ordinal) && string.Equals(a.ServiceCodes, b.ServiceCodes, StringComparison.Ordinal)
        && string.Equals(a.NegotiatedType, b.NegotiatedType, StringComparison.Ordinal) && string.Equals(a.Expiration, b.Expiration, StringComparison.Ordinal);

    private readonly record struct Key(ItemTerms Item, string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration);

    /// <summary>The arrangement as the lake and the SQLite store write it.</summary>
    public static string Arrangement(TicArrangement arrangement) => arrangement switch
    {
        TicArrangement.Bundle => "bundle",
        TicArrangement.Capitation => "capitation",
        _ => "ffs",
    };
}

/// <summary>The terms an in-network item gives all its prices.</summary>
internal readonly record struct ItemTerms(string BillingCodeType, string? BillingCodeTypeVersion, TicArrangement Arrangement);
