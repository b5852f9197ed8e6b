namespace CodeBrief.Web.Benchmarks;

/// <summary>What one load run measured.</summary>
/// <param name="Name">Target label.</param>
/// <param name="Path">Request path.</param>
/// <param name="Requests">Requests sent.</param>
/// <param name="Failures">Non-2xx answers.</param>
/// <param name="Seconds">Wall time of the run.</param>
/// <param name="P50Ms">Median latency, milliseconds.</param>
/// <param name="P99Ms">99th percentile latency, milliseconds.</param>
/// <param name="Bytes">Body bytes of one answer.</param>
public sealed record LoadResult(string Name, string Path, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms, long Bytes)
{
    /// <summary>Requests per second.</summary>
    public double PerSecond => Requests / Seconds;
}
