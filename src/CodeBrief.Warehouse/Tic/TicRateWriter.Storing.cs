using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CodeBrief.Warehouse.Tic;

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

    private readonly record struct RateRow(int Dims, long Set, string Rate, long Row);

    /// <summary>The rows of a stretch of the file, with the dims and group sets first seen in it (stored before the rows).</summary>
    private sealed class RateBatch
    {
        public const int Size = 8192;
        public List<RateRow> Rows { get; } = new(Size + 64);
        public List<object?[]> NewDims { get; } = [];
        public List<(long SetId, string[] GroupIds)> NewSets { get; } = [];
        public bool IsEmpty => Rows.Count == 0 && NewDims.Count == 0 && NewSets.Count == 0;

        public void Clear()
        {
            Rows.Clear();
            NewDims.Clear();
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
            foreach (var values in batch.NewDims)
            {
                for (var i = 0; i < values.Length; i++) _dimsValues[i + 1].Value = values[i] ?? DBNull.Value;
                _insertDims.ExecuteNonQuery();
            }
            foreach (var row in batch.Rows) _insertRate.Upsert(row.Dims, row.Set, row.Rate, row.Row);
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }
}
