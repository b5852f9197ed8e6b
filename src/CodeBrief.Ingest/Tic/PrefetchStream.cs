using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// A read-only stream that decompresses (reads its inner stream) on a background thread while the caller parses:
/// a bounded queue of filled chunks between one producer and one consumer, and a queue of emptied ones going back.
/// </summary>
/// <remarks>
/// The stream owns its <c>capacity + 2</c> chunks, allocated once and cycled, so its memory is fixed for its whole life.
/// An exception on the producer thread is rethrown from <see cref="Read(Span{byte})"/> with its original stack.
/// One consumer thread only.
/// </remarks>
public sealed class PrefetchStream : ForwardReadStream
{
    private readonly Stream _inner;
    private readonly BlockingCollection<Chunk> _queue;
    private readonly BlockingCollection<byte[]> _empty = [];
    private readonly Thread _producer;
    private readonly CancellationTokenSource _stop = new();
    private Chunk _current;
    private int _position;
    private bool _done;
    private ExceptionDispatchInfo? _failure;

    private readonly record struct Chunk(byte[] Data, int Length);

    /// <summary>Starts reading <paramref name="inner"/> on a background thread.</summary>
    public PrefetchStream(Stream inner, int chunkSize = 1 << 20, int capacity = 4)
    {
        _inner = inner;
        _queue = new BlockingCollection<Chunk>(capacity);
        for (var i = 0; i < capacity + 2; i++) _empty.Add(new byte[chunkSize]);
        _producer = new Thread(Produce) { IsBackground = true, Name = "codebrief-decompress" };
        _producer.Start();
    }

    private void Produce()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var data = _empty.Take(_stop.Token);
                var length = 0;
                while (length < data.Length)
                {
                    var n = _inner.Read(data, length, data.Length - length);
                    if (n == 0) break;
                    length += n;
                }
                if (length == 0) break;
                _queue.Add(new Chunk(data, length), _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The consumer went away; nothing more to hand over.
        }
        catch (Exception e)
        {
            // Handed to the consumer, which rethrows it where it reads.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        while (_current.Data is null || _position == _current.Length)
        {
            if (_current.Data is not null) _empty.Add(_current.Data);
            _current = default;
            if (_done || !_queue.TryTake(out _current, Timeout.Infinite))
            {
                _done = true;
                _failure?.Throw();
                return 0;
            }
            _position = 0;
        }
        var n = Math.Min(buffer.Length, _current.Length - _position);
        _current.Data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _producer.Join();
            _queue.Dispose();
            _empty.Dispose();
            _stop.Dispose();
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
