using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Sqlite.Tic;

public sealed partial class TicRateWriter
{
    /// <summary>Few batches in flight: enough to keep both threads busy, small enough to keep memory flat.</summary>
    private readonly BlockingCollection<RateBatch> _queue = new(boundedCapacity: 4);
    /// <summary>Stored batches come back here for reuse: a batch's row array is on the large-object heap, which only a full
    /// collection frees, so allocating a fresh one per batch made peak memory grow with the file.</summary>
    private readonly ConcurrentQueue<RateBatch> _free = new();
    private readonly Thread _worker;
    private ExceptionDispatchInfo? _failure;
    private bool _drained;
    private volatile bool _abandoned;

    private readonly record struct RateRow(RateItem Item, TicPrice Price, long Set);

    /// <summary>The rates of a stretch of the file, with the group sets first seen in it (stored before the rates).</summary>
    private sealed class RateBatch
    {
        public const int Size = 8192;
        public List<RateRow> Rows { get; } = new(Size + 64);
        public List<(long SetId, string[] GroupIds)> NewSets { get; } = [];
        public bool IsEmpty => Rows.Count == 0 && NewSets.Count == 0;

        public void Clear()
        {
            Rows.Clear();
            NewSets.Clear();
        }
    }

    private void Send()
    {
        if (_failure is not null) _failure.Throw();
        if (_batch.IsEmpty) return;
        _queue.Add(_batch);
        _batch = _free.TryDequeue(out var reused) ? reused : new RateBatch();
    }

    /// <summary>Stores everything queued and waits for the storing thread; afterwards the sink stores synchronously.</summary>
    private void Drain()
    {
        if (_drained) return;
        Send();
        _queue.CompleteAdding();
        _worker.Join();
        _drained = true;
        _failure?.Throw();
        _blocks.Finish();
    }

    private void Work()
    {
        try
        {
            foreach (var batch in _queue.GetConsumingEnumerable())
            {
                // After a failure, or once Dispose gives up on a file that failed to read, keep taking batches, so the reader never blocks on a full queue; they are discarded.
                if (_failure is null && !_abandoned) Store(batch);
                batch.Clear();
                _free.Enqueue(batch);
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }

    private void Store(RateBatch batch)
    {
        try
        {
            foreach (var (setId, ids) in batch.NewSets)
            {
                _set[1].Value = setId;
                foreach (var id in ids)
                {
                    _set[2].Value = id;
                    _insertSet.ExecuteNonQuery();
                }
            }
            foreach (ref readonly var row in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch.Rows))
                _blocks.Add(_dims.IdOf(row.Item, row.Price), row.Set, row.Price.Rate, row.Item.Row);
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }
}
