using System.Diagnostics;

namespace CodeBrief.Web.Benchmarks;

/// <summary>Sends a fixed number of GET requests with bounded concurrency and records each latency.</summary>
public static class LoadRunner
{
    /// <summary>Runs <paramref name="requests"/> GETs of <paramref name="path"/> with <paramref name="concurrency"/> workers.</summary>
    public static async Task<LoadResult> RunAsync(HttpClient client, string name, string path, int requests, int concurrency)
    {
        var latencies = new long[requests];
        var next = -1;
        var failures = 0;
        long bytes = 0;
        var uri = new Uri(path, UriKind.Relative);
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                long read = 0;
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0) read += n;
                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                Interlocked.Exchange(ref bytes, read);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        wall.Stop();
        Array.Sort(latencies);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(name, path, requests, failures, wall.Elapsed.TotalSeconds,
            Ms(latencies[requests / 2]), Ms(latencies[(int)Math.Min(requests - 1, Math.Ceiling(requests * 0.99) - 1)]), bytes);
    }
}
