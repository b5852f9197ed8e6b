using CodeBrief.Warehouse.Tic;
using CodeBrief.Ingest.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Writes the facts of one in-network file into <c>tic_rate_dims</c>, <c>tic_rate_blocks</c>, <c>tic_group_sets</c> and
/// <c>tic_provider_groups</c>, collapsing identical rates (counted in <see cref="Duplicates"/>).
/// </summary>
/// <remarks>
/// Runs inside the caller's transaction. The reader's thread only copies each rate into a batch (and interns its group
/// set); a thread of its own interns the dims, packs the blocks and runs SQLite (a bounded queue of batches), so
/// decompression, parsing and storage overlap. The sink methods must be called from one thread; <see cref="RowsStored"/>
/// waits for the storing thread.
/// </remarks>
public sealed partial class TicRateWriter : ITicSink, IDisposable
{
    private readonly long _sourceId;
    private readonly RateDimsTable _dims;
    private readonly RateBlockWriter _blocks;
    private readonly SqliteCommand _insertSet;
    private readonly SqliteCommand _insertGroup;
    private readonly GroupSetIds _sets = new();
    private readonly List<RateItem> _items = [];
    private int _itemsRow = -1;
    private RateBatch _batch = new();
    private readonly SqliteParameter[] _set;
    private readonly SqliteParameter[] _group;

    /// <summary>Prepares the inserts for <paramref name="sourceId"/>.</summary>
    public TicRateWriter(SqliteConnection connection, SqliteTransaction transaction, long sourceId)
    {
        _sourceId = sourceId;
        _dims = new RateDimsTable(connection, sourceId);
        _blocks = new RateBlockWriter(connection, sourceId);
        _insertSet = Prepare(connection, transaction, "INSERT OR IGNORE INTO tic_group_sets(source_id,set_id,group_id) VALUES($s,$set,$g)", out _set, "$s", "$set", "$g");
        _insertGroup = Prepare(connection, transaction, """
            INSERT INTO tic_provider_groups(source_id,group_id,network_names,tin_type,tin_value,business_name,npi)
            VALUES($s,$g,$net,$tt,$tv,$bn,$npi)
            """, out _group, "$s", "$g", "$net", "$tt", "$tv", "$bn", "$npi");
        _set[0].Value = sourceId;
        _group[0].Value = sourceId;
        _worker = new Thread(Work) { IsBackground = true, Name = "codebrief-tic-store" };
        _worker.Start();
    }

    /// <summary>Rates offered (one per code × price).</summary>
    public long RowsOffered { get; private set; }

    /// <summary>Offered rates that were identical to an earlier one and were collapsed into it.</summary>
    public long Duplicates => RowsOffered - RowsStored;

    /// <summary>Distinct rates stored (counted in the warehouse, so collapsed duplicates are not).</summary>
    public long RowsStored
    {
        get
        {
            Drain();
            using var count = _insertSet.Connection!.CreateCommand(); // the command was created on an open connection
            count.Transaction = _insertSet.Transaction;
            count.CommandText = "SELECT COALESCE(SUM(rate_count), 0) FROM tic_rate_blocks WHERE source_id = $s";
            count.Parameters.AddWithValue("$s", _sourceId);
            return (long)count.ExecuteScalar()!; // SUM with COALESCE always returns a number
        }
    }

    /// <summary>The header, once the file is read.</summary>
    public TicFileHeader? Header { get; private set; }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction t, string sql, out SqliteParameter[] parameters, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++) parameters[i] = command.Parameters.Add(names[i], SqliteType.Text);
        command.Prepare();
        return command;
    }

    /// <inheritdoc/>
    public void OnRate(TicItem item, TicNegotiatedRate rate)
    {
        var setId = SetId(rate.GroupIds);
        foreach (var rateItem in ItemsOf(item))
        {
            foreach (var price in rate.Prices) _batch.Rows.Add(new RateRow(rateItem, price, setId));
            RowsOffered += rate.Prices.Count;
        }
        if (_batch.Rows.Count >= RateBatch.Size) Send();
    }

    /// <summary>The item's codes as <see cref="RateItem"/>s, made once per item.</summary>
    private List<RateItem> ItemsOf(TicItem item)
    {
        if (item.Index == _itemsRow) return _items;
        _items.Clear();
        foreach (var code in item.Codes) _items.Add(new RateItem(item.Index, code, item.BillingCodeType, item.BillingCodeTypeVersion, item.Arrangement));
        _itemsRow = item.Index;
        return _items;
    }

    private long SetId(List<string> groupIds)
    {
        var (setId, isNew) = _sets.IdOf(groupIds);
        if (isNew) _batch.NewSets.Add((setId, [.. groupIds]));
        return setId;
    }

    /// <inheritdoc/>
    public void OnProviderGroup(TicProviderGroup group)
    {
        Drain();
        _group[1].Value = group.GroupId;
        _group[2].Value = (object?)group.NetworkNames ?? DBNull.Value;
        _group[3].Value = (object?)group.TinType ?? DBNull.Value;
        _group[4].Value = (object?)group.TinValue ?? DBNull.Value;
        _group[5].Value = (object?)group.BusinessName ?? DBNull.Value;
        if (group.Npis.Count == 0)
        {
            _group[6].Value = DBNull.Value;
            _insertGroup.ExecuteNonQuery();
        }
        foreach (var npi in group.Npis)
        {
            _group[6].Value = npi;
            _insertGroup.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public void OnHeader(TicFileHeader header) => Header = header;

    /// <summary>Stops the storing thread (discarding rates not yet stored when the read failed) and disposes the prepared statements.</summary>
    public void Dispose()
    {
        _abandoned = true;
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _worker.Join();
        _queue.Dispose();
        _dims.Dispose();
        _blocks.Dispose();
        _insertSet.Dispose();
        _insertGroup.Dispose();
    }
}
