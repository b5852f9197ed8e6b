using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Writes the rates of one in-network file as zstd Parquet files in the lake's staging folder while the reader streams it,
/// then renames them into their Hive partition.
/// </summary>
/// <remarks>
/// Rates are buffered as numbers (the code, a dims id, a group-set id, the amount and the item, rate and price indexes; the
/// repeated terms are numbered in <see cref="LakeDims"/> and each combination written once, to <c>rate_dims</c>) and written one row
/// group of <see cref="RowGroupRows"/> at a time, so memory holds one row group whatever the file's size. Identical rates
/// (same text, group set and amount) of one code are collapsed while the code's items follow one another, keeping the
/// first one's indexes; the SQLite block store collapses them across the whole file, which differs only for a code whose
/// items are scattered through the file. The sink methods are called from the reader's thread; row groups are encoded and
/// compressed on a thread of their own (at most one queued), so parsing and writing overlap on two cores, and their
/// buffers come back to be filled again (a new set per row group was 8 MB of large-object heap each time, and the
/// collections it caused stopped both threads).
/// </remarks>
internal sealed class LakeFileWriter : IRateLakeFile
{
    /// <summary>Rows per row group: about 2.5 MB of buffers, small enough that the row groups in flight (one filling, one
    /// queued, one being written) stay well inside the memory budget, large enough to compress well.</summary>
    public const int RowGroupRows = 1 << 16;

    /// <summary>Rows per row group of <c>rate_dims</c>, <c>group_sets</c> and <c>provider_groups</c>: their rows are text,
    /// several columns of it, so a quarter of the rates' row keeps their buffers as small.</summary>
    public const int GroupRowGroupRows = 1 << 14;

    private readonly LakeLayout _layout;
    private readonly string _stagingFolder;
    private readonly LakeDims _dims;
    private DimsBuffer _dimsRows = new(GroupRowGroupRows);
    private readonly ConcurrentQueue<DimsBuffer> _writtenDims = new();
    private readonly Dictionary<string, int> _codeIds = new(StringComparer.Ordinal);
    private ParquetTableWriter? _rates;
    private ParquetTableWriter? _sets;
    private ParquetTableWriter? _groups;
    private ParquetTableWriter? _dimsFile;
    private RateBuffer _rateRows = new(RowGroupRows);
    private SetBuffer _setRows = new(GroupRowGroupRows);
    private GroupBuffer _groupRows = new(GroupRowGroupRows);
    private readonly ConcurrentQueue<RateBuffer> _writtenRates = new();
    private readonly ConcurrentQueue<SetBuffer> _writtenSets = new();
    private readonly ConcurrentQueue<GroupBuffer> _writtenGroups = new();
    private readonly BlockingCollection<Action> _queue = new(boundedCapacity: 1);
    private readonly Thread _worker;
    private ExceptionDispatchInfo? _failure;
    private readonly GroupSetIds _setIds = new();
    private readonly HashSet<(int Code, int Dims, int Set, decimal Rate)> _seen = [];
    private int _itemIndex = -1;
    private string? _itemCode;
    private ItemTerms _itemTerms;
    private readonly List<(string Code, int Id)> _itemCodes = [];
    private bool _finished;

    public LakeFileWriter(LakeLayout layout, string fileName)
    {
        _layout = layout;
        FileName = fileName;
        _stagingFolder = Path.Combine(layout.Staging, Guid.NewGuid().ToString("N"));
        _dims = new LakeDims(AddDimsRow);
        Directory.CreateDirectory(_stagingFolder);
        _worker = new Thread(Work) { IsBackground = true, Name = "codebrief-lake-writer" };
        _worker.Start();
        try
        {
            _rates = new ParquetTableWriter(Staged(LakeLayout.Rates), LakeColumns.Rates);
            _sets = new ParquetTableWriter(Staged(LakeLayout.GroupSets), LakeColumns.GroupSets);
            _groups = new ParquetTableWriter(Staged(LakeLayout.ProviderGroups), LakeColumns.ProviderGroups);
            _dimsFile = new ParquetTableWriter(Staged(LakeLayout.RateDims), LakeColumns.RateDims);
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

    private string Staged(string table) => Path.Combine(_stagingFolder, table + ".parquet");

    public void OnRate(TicItem item, TicNegotiatedRate rate)
    {
        var setId = SetId(rate.GroupIds);
        if (item.Index != _itemIndex)
        {
            _itemTerms = new ItemTerms(item.BillingCodeType, item.BillingCodeTypeVersion, item.Arrangement);
            _itemCodes.Clear();
            foreach (var code in item.Codes) _itemCodes.Add((code, CodeId(code)));
            _itemIndex = item.Index;
            // Duplicates are looked for within a run of items of the same code; a new code starts a new run (bounded memory).
            var first = item.Codes.Count > 0 ? item.Codes[0] : "";
            if (!string.Equals(first, _itemCode, StringComparison.Ordinal)) _seen.Clear();
            _itemCode = first;
        }
        foreach (var (code, codeId) in _itemCodes)
        {
            for (var p = 0; p < rate.Prices.Count; p++)
            {
                var price = rate.Prices[p];
                var amount = Amount(price.Rate, item, rate, p);
                var dims = _dims.IdOf(_itemTerms, price);
                if (!_seen.Add((codeId, dims, setId, amount))) continue;
                _rateRows.Add(code, dims, setId, amount, item.Index, rate.Index, p);
                if (_rateRows.IsFull) FlushRates();
            }
            RowsOffered += rate.Prices.Count;
        }
    }

    /// <summary>A small number for a code, so duplicate keys hash integers (a file has some thousands of codes).</summary>
    private int CodeId(string code)
    {
        if (!_codeIds.TryGetValue(code, out var id)) _codeIds[code] = id = _codeIds.Count;
        return id;
    }

    private void AddDimsRow(int id, ItemTerms item, TicPrice price, DateOnly? expiration)
    {
        _dimsRows.Add(id, item, price, expiration);
        if (_dimsRows.IsFull) FlushDims();
    }

    /// <summary>The amount as the lake's column holds it; one beyond its range fails the file (a rate of a trillion dollars is a broken file, not a price).</summary>
    private decimal Amount(decimal rate, TicItem item, TicNegotiatedRate negotiated, int price)
    {
        if (Math.Abs(rate) > LakeColumns.MaxRate)
            throw new InputFormatException(FileName, InputErrorKind.MalformedValue,
                $"a negotiated_rate beyond what the rate lake stores (±{LakeColumns.MaxRate.ToString(CultureInfo.InvariantCulture)})",
                new InputLocation(JsonPath: $"$.in_network[{item.Index}].negotiated_rates[{negotiated.Index}].negotiated_prices[{price}].negotiated_rate"),
                found: rate.ToString(CultureInfo.InvariantCulture));
        return Math.Round(rate, LakeColumns.RateScale, MidpointRounding.ToEven);
    }

    private int SetId(List<string> groupIds)
    {
        var (setId, isNew) = _setIds.IdOf(groupIds);
        if (!isNew) return setId;
        foreach (var id in groupIds)
        {
            _setRows.Add(setId, id);
            if (_setRows.IsFull) FlushSets();
        }
        return setId;
    }

    public void OnProviderGroup(TicProviderGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Npis.Count == 0) AddGroupRow(group, null);
        foreach (var npi in group.Npis) AddGroupRow(group, npi);
    }

    private void AddGroupRow(TicProviderGroup group, string? npi)
    {
        _groupRows.Add(group, npi);
        if (_groupRows.IsFull) FlushGroups();
    }

    public void OnHeader(TicFileHeader header) => Header = header;

    private void Work()
    {
        foreach (var write in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null) continue; // keep taking, so the reader never blocks on a full queue
            try
            {
                write();
            }
            catch (Exception e) // any failure: rethrown on the reader's thread by the next Submit or by Finish
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    /// <summary>Queues a row group for the writing thread (blocks while one is queued); a failed write is rethrown here.</summary>
    private void Submit(Action write)
    {
        _failure?.Throw();
        _queue.Add(write);
    }

    private void FlushRates()
    {
        RowsStored += _rateRows.Count;
        Flush(ref _rateRows, _writtenRates, () => new RateBuffer(RowGroupRows), _rates!);
    }

    private void FlushSets() => Flush(ref _setRows, _writtenSets, () => new SetBuffer(GroupRowGroupRows), _sets!);

    private void FlushGroups() => Flush(ref _groupRows, _writtenGroups, () => new GroupBuffer(GroupRowGroupRows), _groups!);

    private void FlushDims() => Flush(ref _dimsRows, _writtenDims, () => new DimsBuffer(GroupRowGroupRows), _dimsFile!);

    /// <summary>Queues the buffered rows as one row group of <paramref name="writer"/>'s table and goes on filling a buffer
    /// the writing thread has given back (or a new one: three at most are in flight, one filling, one queued, one writing).</summary>
    private void Flush<T>(ref T rows, ConcurrentQueue<T> written, Func<T> create, ParquetTableWriter writer) where T : class, IRowGroupBuffer
    {
        var full = rows;
        var n = full.Count;
        if (n == 0) return;
        rows = written.TryDequeue(out var free) ? free : create();
        Submit(() =>
        {
            writer.RowGroup(n, g => full.WriteAsync(g, n));
            full.Clear();
            written.Enqueue(full);
        });
    }

    public void Finish(string contentSha256)
    {
        if (_finished) return;
        _sha = contentSha256;
        FlushRates();
        FlushSets();
        FlushGroups();
        FlushDims();
        StopWorker();
        _failure?.Throw();
        // Closing writes each file's footer; until Publish renames them they lie in staging, which no reader looks at.
        CloseWriters();
        _finished = true;
    }

    private string? _sha;

    public void Publish(LakePartition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var contentSha256 = _sha ?? throw new InvalidOperationException("Publish before Finish: the content hash is not known.");
        foreach (var table in LakeLayout.Tables)
        {
            var final = _layout.FileOf(table, partition, contentSha256);
            // The same source published before under another partition (another payer or plan label) is replaced, not doubled.
            foreach (var old in _layout.FilesOf(table, contentSha256).ToList())
                if (!string.Equals(old, final, StringComparison.Ordinal)) File.Delete(old);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(Staged(table), final, overwrite: true); // a rename within one file system: atomic
        }
    }

    private void CloseWriters()
    {
        try
        {
            _rates?.Dispose();
            _sets?.Dispose();
            _groups?.Dispose();
            _dimsFile?.Dispose();
        }
        finally
        {
            _rates = _sets = _groups = _dimsFile = null;
        }
    }

    private void StopWorker()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _worker.Join();
    }

    /// <summary>Discards the staging folder: every file not yet renamed into the lake.</summary>
    public void Dispose()
    {
        try
        {
            _failure ??= ExceptionDispatchInfo.Capture(new OperationCanceledException("discarded")); // queued row groups are skipped
            StopWorker();
            _queue.Dispose();
            CloseWriters();
        }
        catch (IOException)
        {
            // A footer that cannot be written belongs to a file being discarded anyway.
        }
        finally
        {
            if (Directory.Exists(_stagingFolder)) Directory.Delete(_stagingFolder, recursive: true);
        }
    }
}
