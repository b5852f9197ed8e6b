namespace CodeBrief.Ingest.Tic;

/// <summary>One <c>negotiated_rates</c> entry: the provider groups it applies to and its prices.</summary>
/// <remarks>The reader reuses one instance; copy what must outlive <see cref="ITicSink.OnRate"/>.</remarks>
public sealed class TicNegotiatedRate
{
    /// <summary>0-based index within the item's <c>negotiated_rates</c>.</summary>
    public int Index { get; internal set; }

    /// <summary>Provider group ids as text (<c>1</c>, <c>690.64462</c>); inline groups get ids <c>inline:ITEM:RATE</c>.</summary>
    public List<string> GroupIds { get; } = [];

    /// <summary>The prices.</summary>
    public List<TicPrice> Prices { get; } = [];

    internal void Reset(int index)
    {
        Index = index;
        GroupIds.Clear();
        Prices.Clear();
    }
}
