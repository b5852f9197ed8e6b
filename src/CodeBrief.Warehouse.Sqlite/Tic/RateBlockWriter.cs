using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Packs the rates of one file into <c>tic_rate_blocks</c>: the rates of an item are gathered per dims id with identical
/// ones collapsed, and each gathering is stored as one block when the item ends. Rates arrive item by item, so this holds
/// one item's rates at most.
/// </summary>
/// <remarks>
/// A dims id stored in more than one block (its code appears in several items, or one item has more than
/// <c>maxRates</c> of its rates) may hold identical rates in two blocks; <see cref="Finish"/> merges those blocks,
/// so duplicates collapse across the whole file. The merge holds one dims id's rates in memory. Not thread-safe.
/// </remarks>
internal sealed class RateBlockWriter : IDisposable
{
    /// <summary>Most entries in one block by default: large enough that blocks are few, small enough that one block's JSON stays a few MB.</summary>
    public const int DefaultMaxRates = 1 << 16;

    private readonly int _maxRates;

    private readonly RawStatement _insert;
    private readonly RawStatement _select;
    private readonly RawStatement _delete;
    private readonly Dictionary<int, RateBlock> _open = [];
    private readonly Stack<RateBlock> _free = new();
    private readonly Dictionary<int, int> _blocksStored = [];
    private readonly ArrayBufferWriter<byte> _json = new(1 << 16);
    private readonly Utf8JsonWriter _writer;
    private int _row = -1;

    public RateBlockWriter(SqliteConnection connection, long sourceId, int maxRates = DefaultMaxRates)
    {
        _maxRates = maxRates;
        _insert = new RawStatement(connection, "INSERT INTO tic_rate_blocks(source_id,dims_id,block,row,rate_count,rates) VALUES(?,?,?,?,?,?)");
        _select = new RawStatement(connection, "SELECT row, rates FROM tic_rate_blocks WHERE source_id = ? AND dims_id = ? ORDER BY block");
        _delete = new RawStatement(connection, "DELETE FROM tic_rate_blocks WHERE source_id = ? AND dims_id = ?");
        _insert.Bind(1, sourceId);
        _select.Bind(1, sourceId);
        _delete.Bind(1, sourceId);
        _writer = new Utf8JsonWriter(_json, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Adds one rate of the <c>in_network</c> item <paramref name="row"/>; a new row stores the blocks of the previous item.</summary>
    public void Add(int dims, long set, decimal rate, int row)
    {
        if (row != _row)
        {
            StoreOpenBlocks();
            _row = row;
        }
        if (!_open.TryGetValue(dims, out var block)) _open[dims] = block = _free.Count > 0 ? _free.Pop() : new RateBlock();
        block.Add(set, rate, row, 1);
        if (block.Entries.Count == _maxRates)
        {
            Store(dims, block.Entries);
            block.Clear();
        }
    }

    /// <summary>Stores the last item's blocks and merges the dims ids stored in several blocks.</summary>
    public void Finish()
    {
        StoreOpenBlocks();
        foreach (var dims in _blocksStored.Where(b => b.Value > 1).Select(b => b.Key).ToList()) Merge(dims);
    }

    private void StoreOpenBlocks()
    {
        foreach (var (dims, block) in _open)
        {
            if (block.Entries.Count > 0) Store(dims, block.Entries);
            block.Clear();
            _free.Push(block);
        }
        _open.Clear();
    }

    private void Store(int dims, List<RateEntry> entries)
    {
        for (var start = 0; start < entries.Count; start += _maxRates)
        {
            var count = Math.Min(_maxRates, entries.Count - start);
            _blocksStored.TryGetValue(dims, out var block);
            _blocksStored[dims] = block + 1;
            var row = entries[start].Row;
            Encode(entries, start, count, row);
            _insert.Bind(2, dims);
            _insert.Bind(3, block);
            _insert.Bind(4, row);
            _insert.Bind(5, count);
            _insert.BindUtf8(6, _json.WrittenSpan);
            _insert.Execute();
        }
    }

    /// <summary>Writes the entries as JSON; an entry of the block's <paramref name="row"/> that stands for one rate leaves both out.</summary>
    private void Encode(List<RateEntry> entries, int start, int count, int row)
    {
        _json.ResetWrittenCount();
        _writer.Reset();
        Span<byte> rate = stackalloc byte[32];
        _writer.WriteStartArray();
        for (var i = start; i < start + count; i++)
        {
            var e = entries[i];
            _writer.WriteStartArray();
            _writer.WriteNumberValue(e.Set);
            // A string, not a JSON number, so SQLite hands the exact text back instead of a double.
            e.Rate.TryFormat(rate, out var length, default, CultureInfo.InvariantCulture); // 32 bytes hold any decimal
            _writer.WriteStringValue(rate[..length]);
            if (e.Row != row || e.Count != 1)
            {
                _writer.WriteNumberValue(e.Row);
                _writer.WriteNumberValue(e.Count);
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndArray();
        _writer.Flush();
    }

    /// <summary>Reads every block of <paramref name="dims"/> back, collapses identical rates across them, and stores the result anew.</summary>
    private void Merge(int dims)
    {
        var merged = new RateBlock();
        _select.Bind(2, dims);
        while (_select.Read())
        {
            var blockRow = (int)_select.Int64(0);
            var reader = new Utf8JsonReader(_select.Utf8(1));
            reader.Read(); // the outer array; the JSON was written by Encode
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Read();
                var set = reader.GetInt64();
                reader.Read();
                var rate = decimal.Parse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture); // Encode wrote it, unescaped
                var row = blockRow;
                var count = 1;
                if (reader.Read() && reader.TokenType == JsonTokenType.Number)
                {
                    row = reader.GetInt32();
                    reader.Read();
                    count = reader.GetInt32();
                    reader.Read(); // the entry's end
                }
                merged.Add(set, rate, row, count);
            }
        }
        _delete.Bind(2, dims);
        _delete.Execute();
        _blocksStored[dims] = 0;
        Store(dims, merged.Entries);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _insert.Dispose();
        _select.Dispose();
        _delete.Dispose();
    }
}
