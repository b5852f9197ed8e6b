using System.Text;
using CodeBrief.Ingest.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tic;

/// <summary>
/// Writes the facts of one in-network file into <c>tic_rate_dims</c>, <c>tic_rate_rows</c>, <c>tic_group_sets</c> and <c>tic_provider_groups</c>,
/// collapsing identical rate rows (counted in <see cref="Duplicates"/>).
/// </summary>
/// <remarks>
/// Runs inside the caller's transaction; prepared commands are reused for every row. The low-cardinality columns are
/// interned into <c>tic_rate_dims</c> ids on the reader's thread, and the narrow rows are stored on a thread of their
/// own (a bounded queue of batches), so decompression, parsing and SQLite overlap. The sink methods must be called from
/// one thread; <see cref="RowsStored"/> waits for the storing thread.
/// </remarks>
public sealed partial class TicRateWriter : ITicSink, IDisposable
{
    private readonly long _sourceId;
    private readonly RateRowStatement _insertRate;
    private readonly SqliteCommand _insertDims;
    private readonly SqliteCommand _insertSet;
    private readonly SqliteCommand _insertGroup;
    private readonly Dictionary<string, long> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Type, TicArrangement Arrangement), int> _itemDims = [];
    private readonly Dictionary<(string Modifiers, string Class, string Setting, string Pos, string Type, string Expiration), int> _priceDims = [];
    private readonly Dictionary<long, int> _dims = [];
    private readonly StringBuilder _key = new();
    private RateBatch _batch = new();
    private readonly List<string> _lastSet = [];
    private long _lastSetId;
    private readonly SqliteParameter[] _dimsValues;
    private readonly SqliteParameter[] _set;
    private readonly SqliteParameter[] _group;

    /// <summary>Prepares the inserts for <paramref name="sourceId"/>.</summary>
    public TicRateWriter(SqliteConnection connection, SqliteTransaction transaction, long sourceId)
    {
        _sourceId = sourceId;
        _insertRate = new RateRowStatement(connection, sourceId);
        _insertDims = Prepare(connection, transaction, """
            INSERT INTO tic_rate_dims(source_id,dims_id,billing_code,billing_code_type,billing_code_type_version,modifiers,billing_class,setting,
              pos_set,negotiated_type,expiration,arrangement)
            VALUES($s,$d,$code,$type,$ver,$mod,$class,$setting,$pos,$ntype,$exp,$arr)
            """, out _dimsValues, "$s", "$d", "$code", "$type", "$ver", "$mod", "$class", "$setting", "$pos", "$ntype", "$exp", "$arr");
        _insertSet = Prepare(connection, transaction, "INSERT OR IGNORE INTO tic_group_sets(source_id,set_id,group_id) VALUES($s,$set,$g)", out _set, "$s", "$set", "$g");
        _insertGroup = Prepare(connection, transaction, """
            INSERT INTO tic_provider_groups(source_id,group_id,network_names,tin_type,tin_value,business_name,npi)
            VALUES($s,$g,$net,$tt,$tv,$bn,$npi)
            """, out _group, "$s", "$g", "$net", "$tt", "$tv", "$bn", "$npi");
        _dimsValues[0].Value = sourceId;
        _set[0].Value = sourceId;
        _group[0].Value = sourceId;
        _worker = new Thread(Work) { IsBackground = true, Name = "codebrief-tic-store" };
        _worker.Start();
    }

    /// <summary>Rate rows offered (one per code × price).</summary>
    public long RowsOffered { get; private set; }

    /// <summary>Offered rows that were identical to an earlier row and were collapsed into it.</summary>
    public long Duplicates => RowsOffered - RowsStored;

    /// <summary>Distinct rows stored (counted in the warehouse, so collapsed duplicates are not).</summary>
    public long RowsStored
    {
        get
        {
            Drain();
            using var count = _insertSet.Connection!.CreateCommand(); // the command was created on an open connection
            count.Transaction = _insertSet.Transaction;
            count.CommandText = "SELECT COUNT(*) FROM tic_rate_rows WHERE source_id = $s";
            count.Parameters.AddWithValue("$s", _sourceId);
            return (long)count.ExecuteScalar()!; // COUNT(*) always returns a row
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
        foreach (var code in item.Codes)
        {
            var itemDims = ItemDims(item, code);
            foreach (var price in rate.Prices)
            {
                var dims = Dims(item, code, itemDims, price);
                RowsOffered++;
                _batch.Rows.Add(new RateRow(dims, setId, price.Rate, item.Index));
            }
        }
        if (_batch.Rows.Count >= RateBatch.Size) Send();
    }

    private int ItemDims(TicItem item, string code)
    {
        var key = (code, item.BillingCodeType, item.Arrangement);
        if (!_itemDims.TryGetValue(key, out var id)) _itemDims[key] = id = _itemDims.Count;
        return id;
    }

    /// <summary>The <c>tic_rate_dims</c> id of this code × price, inserting the row the first time the combination is seen.</summary>
    private int Dims(TicItem item, string code, int itemDims, TicPrice price)
    {
        var priceKey = (price.Modifiers, price.BillingClass, price.Setting ?? "", price.ServiceCodes, price.NegotiatedType, price.Expiration ?? "");
        if (!_priceDims.TryGetValue(priceKey, out var priceDims)) _priceDims[priceKey] = priceDims = _priceDims.Count;
        var key = ((long)itemDims << 32) | (uint)priceDims;
        if (_dims.TryGetValue(key, out var id)) return id;
        _dims[key] = id = _dims.Count + 1;
        object?[] values = [id, code, item.BillingCodeType, item.BillingCodeTypeVersion, price.Modifiers, price.BillingClass, price.Setting ?? "",
            price.ServiceCodes, price.NegotiatedType, price.Expiration ?? "", Arrangement(item.Arrangement)];
        _batch.NewDims.Add(values);
        return id;
    }

    private static bool SameIds(List<string> a, List<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private static string Arrangement(TicArrangement arrangement) => arrangement switch
    {
        TicArrangement.Bundle => "bundle",
        TicArrangement.Capitation => "capitation",
        _ => "ffs",
    };

    private long SetId(List<string> groupIds)
    {
        // Consecutive rates often name the same groups; the reader pools id strings, so a reference comparison finds them
        // without building the key.
        if (_lastSetId > 0 && SameIds(groupIds, _lastSet)) return _lastSetId;
        _lastSet.Clear();
        _lastSet.AddRange(groupIds);
        _key.Clear();
        foreach (var id in groupIds)
        {
            if (_key.Length > 0) _key.Append('\u001F');
            _key.Append(id);
        }
        var key = _key.ToString();
        if (_sets.TryGetValue(key, out var setId)) return _lastSetId = setId;
        _lastSetId = setId = _sets.Count + 1;
        _sets[key] = setId;
        _batch.NewSets.Add((setId, [.. groupIds]));
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

    /// <summary>Stops the storing thread (discarding rows not yet stored when the read failed) and disposes the prepared commands.</summary>
    public void Dispose()
    {
        _abandoned = true;
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _worker.Join();
        _queue.Dispose();
        _insertRate.Dispose();
        _insertDims.Dispose();
        _insertSet.Dispose();
        _insertGroup.Dispose();
    }
}
