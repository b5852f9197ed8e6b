using System.Runtime.ExceptionServices;
using CodeBrief.Verify.Page;
using CodeBrief.Warehouse;

namespace CodeBrief.Verify;

/// <summary>
/// Verifies many page files in one run, as <c>verify</c> over every brief of <c>publish --all</c> does. Each worker has its
/// own warehouse connection and its own <see cref="PageVerifier"/> (whose caches then serve every page it takes), and reads,
/// parses and verifies one page at a time, so memory holds a parsed page per worker rather than the whole batch. Reports
/// come back in input order, and a failing page fails the batch with the same exception one worker would have met first.
/// </summary>
public static class PageBatch
{
    /// <summary>Pages per worker below which another worker (a connection, caches filled again) costs more than it saves.</summary>
    private const int PagesPerWorker = 32;

    /// <summary>Reads and verifies each of <paramref name="paths"/>, on up to <paramref name="maxWorkers"/> threads.</summary>
    /// <param name="paths">The page files, in the order their reports are returned.</param>
    /// <param name="open">Opens a read-only warehouse; called once per worker, before any page is read.</param>
    /// <param name="asOf">The date codes must be current on.</param>
    /// <param name="subject">The <c>--subject</c> code for claims that name none, or null.</param>
    /// <param name="maxWorkers">The most threads to use (the processor count, say); 1 verifies on the calling thread alone.</param>
    /// <param name="cancellationToken">Stops the batch between pages.</param>
    /// <exception cref="CodeBrief.Core.Errors.UsageException">A page cannot be read as a page, or the subject is not code-shaped.</exception>
    /// <exception cref="CodeBrief.Core.Errors.SourceUnavailableException">A page file does not exist.</exception>
    public static IReadOnlyList<VerificationReport> Verify(IReadOnlyList<string> paths, Func<IWarehouse> open, DateOnly asOf, string? subject, int maxWorkers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(open);
        var workers = Math.Clamp(paths.Count / PagesPerWorker, 1, Math.Max(1, maxWorkers));
        var warehouses = new List<IWarehouse>(workers);
        try
        {
            for (var w = 0; w < workers; w++) warehouses.Add(open());
            return new Run(paths, asOf, subject, cancellationToken).On(warehouses);
        }
        finally
        {
            foreach (var warehouse in warehouses) warehouse.Dispose();
        }
    }

    /// <summary>One batch: pages are handed out in input order, so when page i fails every page before it has been taken.</summary>
    private sealed class Run(IReadOnlyList<string> paths, DateOnly asOf, string? subject, CancellationToken cancellationToken)
    {
        private readonly VerificationReport[] _reports = new VerificationReport[paths.Count];
        private readonly Lock _failureLock = new();
        private int _next = -1;
        private int _failedAt = int.MaxValue;
        private ExceptionDispatchInfo? _failure;

        public IReadOnlyList<VerificationReport> On(IReadOnlyList<IWarehouse> warehouses)
        {
            Parallel.For(0, warehouses.Count, new ParallelOptions { MaxDegreeOfParallelism = warehouses.Count }, w => Work(new PageVerifier(warehouses[w], asOf)));
            // The first failing page in input order: the pages before it were all taken, so a failure among them is recorded too.
            _failure?.Throw();
            return _reports;
        }

        private void Work(PageVerifier verifier)
        {
            for (var i = Interlocked.Increment(ref _next); i < paths.Count && i < Volatile.Read(ref _failedAt); i = Interlocked.Increment(ref _next))
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _reports[i] = verifier.Verify(PageReader.Read(paths[i]), subject);
                }
                catch (Exception ex)
                {
                    Fail(i, ex);
                    return;
                }
            }
        }

        private void Fail(int index, Exception ex)
        {
            lock (_failureLock)
            {
                if (index >= _failedAt) return;
                _failedAt = index;
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }
}
