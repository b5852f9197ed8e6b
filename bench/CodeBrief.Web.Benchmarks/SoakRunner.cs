using System.Collections.Concurrent;
using System.Diagnostics;

namespace CodeBrief.Web.Benchmarks;

/// <summary>
/// GETs a rotating list of paths with bounded concurrency until a deadline, recording each latency and every answer that
/// is not a success (with its status and path, so a failure can be looked into).
/// </summary>
public static class SoakRunner
{
    /// <summary>What one soak phase saw.</summary>
    /// <param name="Requests">Requests answered.</param>
    /// <param name="Errors">Answers that were not 2xx, or requests that threw, as "status path".</param>
    /// <param name="P50Ms">Median latency, milliseconds.</param>
    /// <param name="P99Ms">99th percentile latency, milliseconds.</param>
    public sealed record Result(int Requests, IReadOnlyList<string> Errors, double P50Ms, double P99Ms);

    /// <summary>Runs until <paramref name="duration"/> has passed (each worker finishes its request in flight).</summary>
    public static async Task<Result> RunAsync(HttpClient client, IReadOnlyList<string> paths, int concurrency, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<long>();
        var errors = new ConcurrentQueue<string>();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var path = paths[(int)((uint)Interlocked.Increment(ref next) % (uint)paths.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0) { }
                    if (!response.IsSuccessStatusCode) errors.Enqueue($"{(int)response.StatusCode} {path}");
                }
                catch (HttpRequestException e)
                {
                    errors.Enqueue($"{e.GetType().Name} {path}: {e.Message}");
                }
                latencies.Add(Stopwatch.GetTimestamp() - start);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var sorted = latencies.Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        return new Result(sorted.Length, [.. errors], Ms(sorted[sorted.Length / 2]), Ms(sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.99) - 1)]));
    }
}
