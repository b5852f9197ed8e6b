using CodeBrief.Ingest.Tic;
using CodeBrief.Warehouse;

namespace CodeBrief.Analytics.Benchmarks;

/// <summary>Benchmarks per payer × stratum from the stored fee-for-service rates of one code.</summary>
/// <remarks>A rate that collapsed identical duplicates counts once.</remarks>
public static class RateBenchmarks
{
    /// <summary>The benchmarks of <paramref name="code"/>, ordered by payer, then dollar rates before percentage/per-diem, then stratum.</summary>
    public static IReadOnlyList<RateBenchmark> ForCode(IRateStore rates, string code, IReadOnlyList<MedicareAmount> medicare)
    {
        ArgumentNullException.ThrowIfNull(rates);
        code = code.Trim().ToUpperInvariant();
        var stored = rates.FeeForServiceRates(code)
            .Select(r => (Rate: r, Stratum: RateStratum.Classify(r.BillingClass, r.Setting, r.PlaceOfServiceSet, r.Modifiers, r.NegotiatedType)));
        var result = new List<RateBenchmark>();
        foreach (var byStratum in stored.GroupBy(r => (r.Rate.Payer, r.Stratum)))
        {
            var observations = byStratum.Select(r => new RateObservation(r.Rate.Rate, r.Rate.GroupIds, r.Rate.Npis, r.Rate.Tins)).ToList();
            var stratum = byStratum.Key.Stratum;
            var amount = medicare.FirstOrDefault(x => x.Code.Equals(code, StringComparison.OrdinalIgnoreCase) && x.ModifierGroup == stratum.ModifierGroup);
            var benchmark = BenchmarkCalculator.Compute(code, byStratum.Key.Payer, byStratum.Any(r => r.Rate.IsSynthetic), stratum, observations, amount,
                [.. byStratum.Select(r => r.Rate.SourceId).Distinct().Order()]);
            if (benchmark is not null) result.Add(benchmark);
        }
        return [.. result.OrderBy(b => b.Payer, StringComparer.Ordinal).ThenBy(b => b.Stratum.IsDollarPerService ? 0 : 1)
            .ThenBy(b => b.Stratum.ToString(), StringComparer.Ordinal)];
    }
}
