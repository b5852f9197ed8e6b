using CodeBrief.Ingest.Tic;

namespace CodeBrief.Analytics.Benchmarks;

/// <summary>Benchmark statistics for one code × payer × stratum, after the published outlier rule.</summary>
/// <remarks>
/// Amounts are dollars (or whole-number percent when <see cref="RateStratum.NegotiatedType"/> is <c>percentage</c>);
/// percentiles follow <see cref="BenchmarkCalculator.PercentileMethod"/>. <c>PercentOfMedicare</c> values are null when
/// no matching Medicare amount was passed in or the stratum is not a dollar-per-service rate with a definite place of
/// service; print <c>NotAvailable.Text</c> for them.
/// </remarks>
public sealed record RateBenchmark(
    string Code, string Payer, bool IsSynthetic, RateStratum Stratum,
    int N, int OutliersRemoved, string OutlierRuleApplied, int Groups, int? Npis, int? Tins,
    decimal Min, decimal P10, decimal P25, decimal Median, decimal P75, decimal P90, decimal Max,
    decimal? MedicareAmount, string? MedicareSource,
    decimal? MinPercentOfMedicare, decimal? P10PercentOfMedicare, decimal? P25PercentOfMedicare, decimal? MedianPercentOfMedicare,
    decimal? P75PercentOfMedicare, decimal? P90PercentOfMedicare, decimal? MaxPercentOfMedicare,
    string Confidence, IReadOnlyList<long> SourceIds, RateDistribution Raw);

/// <summary>A stratum's rates before the outlier rule, so a reader sees what the cleaned figures left out.</summary>
/// <param name="N">Every rate, the removed ones included.</param>
/// <param name="Min">Lowest rate.</param>
/// <param name="P10">10th percentile (rounded as the cleaned percentiles are).</param>
/// <param name="Median">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">Highest rate.</param>
public sealed record RateDistribution(int N, decimal Min, decimal P10, decimal Median, decimal P90, decimal Max);
