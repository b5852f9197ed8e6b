namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>One rate of a block: a group set, the rate text, the item it was first seen in, and how many identical rates it stands for.</summary>
internal readonly record struct RateEntry(long Set, decimal Rate, int Row, int Count);

/// <summary>The distinct rates of one dims id being gathered for a <c>tic_rate_blocks</c> row; identical rates collapse into one entry.</summary>
/// <remarks>Reused for block after block, so its list and index are allocated once. Not thread-safe.</remarks>
internal sealed class RateBlock
{
    private readonly Dictionary<(long Set, decimal Rate), int> _index = [];

    public List<RateEntry> Entries { get; } = [];

    /// <summary>Adds <paramref name="count"/> rates, or counts them into the identical entry already here (keeping the earliest row).</summary>
    public void Add(long set, decimal rate, int row, int count)
    {
        if (_index.TryGetValue((set, rate), out var at))
        {
            var entry = Entries[at];
            Entries[at] = entry with { Row = Math.Min(entry.Row, row), Count = entry.Count + count };
            return;
        }
        _index[(set, rate)] = Entries.Count;
        Entries.Add(new RateEntry(set, rate, row, count));
    }

    public void Clear()
    {
        _index.Clear();
        Entries.Clear();
    }
}
