using System.Text;
using CodeBrief.Ingest.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tic;

/// <summary>
/// Writes the facts of one in-network file into <c>tic_rates</c>, <c>tic_group_sets</c> and <c>tic_provider_groups</c>,
/// collapsing identical rate rows (counted in <see cref="Duplicates"/>).
/// </summary>
/// <remarks>Runs inside the caller's transaction; prepared commands are reused for every row. Not thread-safe.</remarks>
public sealed class TicRateWriter : ITicSink, IDisposable
{
    private readonly long _sourceId;
    private readonly SqliteCommand _insertRate;
    private readonly SqliteCommand _insertSet;
    private readonly SqliteCommand _insertGroup;
    private readonly Dictionary<string, long> _sets = new(StringComparer.Ordinal);
    private readonly StringBuilder _key = new();
    private readonly SqliteParameter[] _rate;
    private readonly SqliteParameter[] _set;
    private readonly SqliteParameter[] _group;

    /// <summary>Prepares the inserts for <paramref name="sourceId"/>.</summary>
    public TicRateWriter(SqliteConnection connection, SqliteTransaction transaction, long sourceId)
    {
        _sourceId = sourceId;
        _insertRate = Prepare(connection, transaction, """
            INSERT INTO tic_rates(source_id,row,billing_code,billing_code_type,billing_code_type_version,modifiers,billing_class,setting,pos_set,
              negotiated_type,rate,expiration,arrangement,group_set_id,dup_count)
            VALUES($s,$row,$code,$type,$ver,$mod,$class,$setting,$pos,$ntype,$rate,$exp,$arr,$set,1)
            ON CONFLICT(billing_code,source_id,billing_code_type,modifiers,billing_class,setting,pos_set,negotiated_type,rate,expiration,arrangement,group_set_id)
            DO UPDATE SET dup_count = dup_count + 1
            """, out _rate, "$s", "$row", "$code", "$type", "$ver", "$mod", "$class", "$setting", "$pos", "$ntype", "$rate", "$exp", "$arr", "$set");
        _insertSet = Prepare(connection, transaction, "INSERT OR IGNORE INTO tic_group_sets(source_id,set_id,group_id) VALUES($s,$set,$g)", out _set, "$s", "$set", "$g");
        _insertGroup = Prepare(connection, transaction, """
            INSERT INTO tic_provider_groups(source_id,group_id,network_names,tin_type,tin_value,business_name,npi)
            VALUES($s,$g,$net,$tt,$tv,$bn,$npi)
            """, out _group, "$s", "$g", "$net", "$tt", "$tv", "$bn", "$npi");
        _rate[0].Value = sourceId;
        _set[0].Value = sourceId;
        _group[0].Value = sourceId;
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
            using var count = _insertRate.Connection!.CreateCommand(); // the command was created on an open connection
            count.Transaction = _insertRate.Transaction;
            count.CommandText = "SELECT COUNT(*) FROM tic_rates WHERE source_id = $s";
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
        var arrangement = item.Arrangement switch
        {
            TicArrangement.Bundle => "bundle",
            TicArrangement.Capitation => "capitation",
            _ => "ffs",
        };
        _rate[1].Value = item.Index;
        _rate[3].Value = item.BillingCodeType;
        _rate[4].Value = (object?)item.BillingCodeTypeVersion ?? DBNull.Value;
        _rate[12].Value = arrangement;
        _rate[13].Value = setId;
        foreach (var code in item.Codes)
        {
            _rate[2].Value = code;
            foreach (var price in rate.Prices)
            {
                _rate[5].Value = price.Modifiers;
                _rate[6].Value = price.BillingClass;
                _rate[7].Value = price.Setting ?? "";
                _rate[8].Value = price.ServiceCodes;
                _rate[9].Value = price.NegotiatedType;
                _rate[10].Value = price.Rate;
                _rate[11].Value = price.Expiration ?? "";
                RowsOffered++;
                _insertRate.ExecuteNonQuery();
            }
        }
    }

    private long SetId(List<string> groupIds)
    {
        _key.Clear();
        foreach (var id in groupIds)
        {
            if (_key.Length > 0) _key.Append('\u001F');
            _key.Append(id);
        }
        var key = _key.ToString();
        if (_sets.TryGetValue(key, out var setId)) return setId;
        setId = _sets.Count + 1;
        _sets[key] = setId;
        _set[1].Value = setId;
        foreach (var id in groupIds)
        {
            _set[2].Value = id;
            _insertSet.ExecuteNonQuery();
        }
        return setId;
    }

    /// <inheritdoc/>
    public void OnProviderGroup(TicProviderGroup group)
    {
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

    /// <summary>Disposes the prepared commands.</summary>
    public void Dispose()
    {
        _insertRate.Dispose();
        _insertSet.Dispose();
        _insertGroup.Dispose();
    }
}
