using System.Text;
using CodeBrief.Ingest.Tic;
using CodeBrief.Warehouse.Tic;
using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Stages the rates of one in-network file in a DuckDB database of its own under the lake's staging folder, then writes
/// them as zstd Parquet files renamed into their Hive partition.
/// </summary>
/// <remarks>
/// The reader's thread appends small numeric rows (a dims id, a group-set id, the rate and the item, rate and price
/// indexes) through DuckDB appenders; the repeated text of a rate (code, class, setting, places of service, modifiers,
/// type, expiration) is interned in <see cref="LakeDims"/> and joined back when the Parquet file is written. DuckDB keeps
/// the staged rows on disk past its memory limit, so a whole file stages in bounded memory. Identical rates (same text,
/// group set and amount) collapse into one row keeping the first one's indexes, as the SQLite store counts them.
/// Not thread-safe: the sink methods are called from the reader's thread.
/// </remarks>
internal sealed class LakeFileWriter : IRateLakeFile
{
    private readonly LakeLayout _layout;
    private readonly string _stagingFolder;
    private readonly DuckDBConnection _db;
    private DuckDBAppender? _rates;
    private DuckDBAppender? _sets;
    private DuckDBAppender? _groups;
    private readonly LakeDims _dims = new();
    private readonly Dictionary<string, int> _setIds = new(StringComparer.Ordinal);
    private readonly StringBuilder _key = new();
    private readonly List<string> _lastSet = [];
    private int _lastSetId;
    private int _itemIndex = -1;
    private readonly List<int> _itemDims = [];
    private bool _finished;

    public LakeFileWriter(LakeLayout layout, string fileName)
    {
        _layout = layout;
        _stagingFolder = Path.Combine(layout.Staging, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_stagingFolder);
        FileName = fileName;
        try
        {
            _db = LakeSettings.Open(Path.Combine(_stagingFolder, "stage.duckdb"), Path.Combine(_stagingFolder, "spill"));
            LakeSettings.Execute(_db, """
                CREATE TABLE stage_rates(dims INTEGER, group_set INTEGER, rate DECIMAL(38,10), item_index INTEGER, rate_index INTEGER, price_index INTEGER);
                CREATE TABLE stage_sets(set_id INTEGER, group_id VARCHAR);
                CREATE TABLE stage_groups(group_id VARCHAR, network_names VARCHAR, tin_type VARCHAR, tin_value VARCHAR, business_name VARCHAR, npi VARCHAR);
                """);
            _rates = _db.CreateAppender("stage_rates");
            _sets = _db.CreateAppender("stage_sets");
            _groups = _db.CreateAppender("stage_groups");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The source file's display name, for messages.</summary>
    public string FileName { get; }

    public long RowsOffered { get; private set; }

    public long RowsStored { get; private set; }

    public TicFileHeader? Header { get; private set; }

    public void OnRate(TicItem item, TicNegotiatedRate rate)
    {
        var setId = SetId(rate.GroupIds);
        if (item.Index != _itemIndex)
        {
            _itemDims.Clear();
            foreach (var code in item.Codes) _itemDims.Add(_dims.ItemKey(code, item.BillingCodeType, item.BillingCodeTypeVersion, item.Arrangement));
            _itemIndex = item.Index;
        }
        var appender = _rates!; // open until Finish, and the reader calls no sink method after it
        foreach (var itemKey in _itemDims)
        {
            for (var p = 0; p < rate.Prices.Count; p++)
            {
                var price = rate.Prices[p];
                appender.CreateRow().AppendValue(_dims.IdOf(itemKey, price)).AppendValue(setId).AppendValue(price.Rate)
                    .AppendValue(item.Index).AppendValue(rate.Index).AppendValue(p).EndRow();
            }
            RowsOffered += rate.Prices.Count;
        }
    }

    private static bool SameIds(List<string> a, List<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private int SetId(List<string> groupIds)
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
        if (_setIds.TryGetValue(key, out var setId)) return _lastSetId = setId;
        _lastSetId = setId = _setIds.Count + 1;
        _setIds[key] = setId;
        foreach (var id in groupIds) _sets!.CreateRow().AppendValue(setId).AppendValue(id).EndRow();
        return setId;
    }

    public void OnProviderGroup(TicProviderGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var appender = _groups!; // open until Finish
        if (group.Npis.Count == 0) AppendGroup(appender, group, null);
        foreach (var npi in group.Npis) AppendGroup(appender, group, npi);
    }

    private static void AppendGroup(DuckDBAppender appender, TicProviderGroup group, string? npi) =>
        appender.CreateRow().AppendValue(group.GroupId).AppendValue(group.NetworkNames).AppendValue(group.TinType).AppendValue(group.TinValue)
            .AppendValue(group.BusinessName).AppendValue(npi).EndRow();

    public void OnHeader(TicFileHeader header) => Header = header;

    public void Finish()
    {
        if (_finished) return;
        CloseAppenders();
        _dims.WriteTo(_db, "stage_dims");
        // Identical rates collapse; the first in file order keeps its place (the smallest item, rate and price index).
        LakeSettings.Execute(_db, """
            CREATE TABLE kept AS
            SELECT dims, group_set, rate, min({'i': item_index, 'r': rate_index, 'p': price_index}) AS first
            FROM stage_rates GROUP BY dims, group_set, rate;
            DROP TABLE stage_rates;
            CHECKPOINT;
            """);
        RowsStored = Convert.ToInt64(LakeSettings.Scalar(_db, "SELECT COUNT(*) FROM kept"), System.Globalization.CultureInfo.InvariantCulture);
        _finished = true;
    }

    public void Publish(string contentSha256, LakePartition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        Finish();
        var sha = LakeLayout.Literal(contentSha256);
        // Rows sorted by code, so each Parquet row group's min/max statistics let a read of one code skip the others.
        var queries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LakeLayout.Rates] = $"""
                SELECT {sha} AS source_sha256, d.billing_code, d.billing_code_type, d.billing_code_type_version, d.arrangement,
                  d.billing_class, d.setting, d.place_of_service, d.modifiers, d.negotiated_type, k.rate AS negotiated_rate,
                  TRY_CAST(d.expiration_date AS DATE) AS expiration_date, k.group_set AS provider_group_set,
                  k.first.i AS item_index, k.first.r AS rate_index, k.first.p AS price_index
                FROM kept k JOIN stage_dims d ON d.dims = k.dims
                ORDER BY d.billing_code, k.first.i, k.first.r, k.first.p
                """,
            [LakeLayout.GroupSets] = $"SELECT {sha} AS source_sha256, set_id, group_id FROM stage_sets ORDER BY set_id, group_id",
            [LakeLayout.ProviderGroups] = $"""
                SELECT {sha} AS source_sha256, group_id, network_names, tin_type, tin_value, business_name, npi
                FROM stage_groups ORDER BY group_id, npi
                """,
        };
        var written = new List<(string Table, string Temp, string Final)>();
        foreach (var table in LakeLayout.Tables)
        {
            var temp = Path.Combine(_stagingFolder, table + ".parquet");
            LakeSettings.Execute(_db, $"COPY ({queries[table]}) TO {LakeLayout.Literal(temp)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
            written.Add((table, temp, _layout.FileOf(table, partition, contentSha256)));
        }
        foreach (var (table, temp, final) in written)
        {
            // The same source published before under another partition (another payer or plan label) is replaced, not doubled.
            foreach (var old in _layout.FilesOf(table, contentSha256).ToList())
                if (!string.Equals(old, final, StringComparison.Ordinal)) File.Delete(old);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temp, final, overwrite: true); // a rename within one file system: atomic
        }
    }

    private void CloseAppenders()
    {
        _rates?.Close();
        _sets?.Close();
        _groups?.Close();
        _rates?.Dispose();
        _sets?.Dispose();
        _groups?.Dispose();
        _rates = _sets = _groups = null;
    }

    /// <summary>Discards the staging database and any file not yet renamed into the lake.</summary>
    public void Dispose()
    {
        try
        {
            // Closing an appender flushes it; after a failed read that may fail too, and nothing staged is kept anyway.
            try { CloseAppenders(); } catch (DuckDBException) { }
            _db?.Dispose();
        }
        finally
        {
            if (Directory.Exists(_stagingFolder)) Directory.Delete(_stagingFolder, recursive: true);
        }
    }
}
