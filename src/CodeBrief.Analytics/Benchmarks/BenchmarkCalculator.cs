using CodeBrief.Core;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Analytics.Benchmarks;

/// <summary>
/// Computes benchmark statistics over the rates of one code × payer × stratum: outlier removal by a published rule,
/// percentiles, distinct providers, comparison with Medicare and a confidence label.
/// </summary>
public static class BenchmarkCalculator
{
    /// <summary>Below this many distinct rates the log-IQR fences are not used.</summary>
    public const int MinimumForIqr = 8;

    /// <summary>The least log-IQR width the fences use: ln 2, the spread of a stratum whose 75th-percentile rate is twice its
    /// 25th. Commercial rates for one code routinely differ two- to threefold between provider groups, so no fence comes
    /// closer than 2^1.5 (2.83x) outside the quartiles, however tightly the middle clusters.</summary>
    public static readonly double MinimumLogIqr = Math.Log(2);

    /// <summary>The Medicare band: a rate between these multiples of a matching Medicare amount is never removed.</summary>
    public const decimal MedicareLow = 0.2m, MedicareHigh = 10m;

    /// <summary>The branch names <see cref="RateBenchmark.OutlierRuleApplied"/> takes.</summary>
    public const string FencesOnly = "log-IQR fences (width floored at ln 2)",
        FencesAndMedicare = "log-IQR fences (width floored at ln 2) and Medicare 0.2x-10x",
        MedicareOnly = "Medicare multiple 0.2x-10x",
        NoRule = "none (fewer than 8 distinct rates, no Medicare amount)";

    /// <summary>How percentiles are computed.</summary>
    public const string PercentileMethod =
        "Percentiles are Hyndman-Fan type 7 (linear interpolation between closest ranks, as Excel PERCENTILE.INC and numpy's default): " +
        "for sorted rates x[0..n-1] and p in [0,1], h = (n-1)p, value = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]); rounded to cents, half away from zero. " +
        "Minimum and maximum are the exact rates.";

    /// <summary>The outlier rule, printed with every benchmark.</summary>
    public const string OutlierRule =
        "Outliers: rates of zero or less are always removed. Fences: with 8 or more distinct rates, [Q1 - 1.5 W, Q3 + 1.5 W] on the natural " +
        "logs of the distinct rates (each amount counted once, so one fee schedule paid to many groups does not narrow them; quartiles by the " +
        "percentile method above, unrounded), where W = max(Q3 - Q1, ln 2): a tight middle never brings a fence closer than 2.83x outside the " +
        "quartiles. Where a matching Medicare amount exists for a dollar-per-service stratum, a rate is removed only when it is also below " +
        "0.2x or above 10x Medicare (with fewer than 8 distinct rates, that band alone decides); without one, a rate outside the fences is " +
        "removed. With fewer than 8 distinct rates and no Medicare amount none is removed. The raw distribution (every positive and non-positive " +
        "rate: n, min, p10, median, p90, max) is reported beside the cleaned one with the count removed.";

    /// <summary>The confidence labels.</summary>
    public const string ConfidenceRule =
        "Confidence: high = dollar-per-service rates (negotiated, derived, fee schedule), n >= 30 after outliers and p90/p10 <= 3; " +
        "medium = n >= 10 and p90/p10 <= 6, or percentage/per-diem rates with n >= 30; low = everything else. " +
        "Percentage and per-diem rates are never compared with Medicare and are reported apart from dollar rates.";

    /// <summary>Computes the benchmark, or null when no rate survives the outlier rule.</summary>
    public static RateBenchmark? Compute(string code, string payer, bool synthetic, RateStratum stratum, IReadOnlyList<RateObservation> rates,
        MedicareAmount? medicare, IReadOnlyList<long> sourceIds)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(stratum);
        var medicareAmount = MatchMedicare(stratum, medicare);
        var (kept, rule) = RemoveOutliers(rates, stratum.IsDollarPerService ? medicareAmount : null);
        if (kept.Count == 0) return null;
        var sorted = new decimal[kept.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = kept[i].Rate;
        Array.Sort(sorted);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var npis = new HashSet<string>(StringComparer.Ordinal);
        var tins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in kept)
        {
            foreach (var g in k.GroupKeys) groups.Add(g);
            foreach (var n in k.Npis) npis.Add(n);
            foreach (var t in k.Tins) tins.Add(t);
        }
        decimal Rounded(decimal p) => Round(Percentile(sorted, p), stratum);
        decimal min = sorted[0], p10 = Rounded(0.10m), p25 = Rounded(0.25m), median = Rounded(0.50m),
            p75 = Rounded(0.75m), p90 = Rounded(0.90m), max = sorted[^1];
        var compare = stratum.IsDollarPerService ? medicareAmount : null;
        return new RateBenchmark(code, payer, synthetic, stratum, kept.Count, rates.Count - kept.Count, rule, groups.Count,
            npis.Count > 0 ? npis.Count : null, tins.Count > 0 ? tins.Count : null,
            min, p10, p25, median, p75, p90, max, compare, compare is null ? null : medicare?.Source,
            Pct(min, compare), Pct(p10, compare), Pct(p25, compare), Pct(median, compare), Pct(p75, compare), Pct(p90, compare), Pct(max, compare),
            Confidence(stratum, kept.Count, p10, p90), sourceIds, Distribution(rates, stratum));
    }

    /// <summary>The rates the outlier rule keeps (in the order given) and the branch that applied; see <see cref="OutlierRule"/>.</summary>
    /// <param name="rates">The stratum's rates.</param>
    /// <param name="medicare">The matching Medicare amount of a dollar-per-service stratum, or null.</param>
    public static (List<RateObservation> Kept, string Rule) RemoveOutliers(IReadOnlyList<RateObservation> rates, decimal? medicare)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var positive = new List<RateObservation>(rates.Count);
        foreach (var r in rates) if (r.Rate > 0) positive.Add(r);
        var distinct = positive.Select(r => r.Rate).Distinct().Select(r => Math.Log((double)r)).Order().ToArray();
        (double Lo, double Hi)? fences = null;
        if (distinct.Length >= MinimumForIqr)
        {
            var q1 = Percentile(distinct, 0.25);
            var q3 = Percentile(distinct, 0.75);
            var width = Math.Max(q3 - q1, MinimumLogIqr);
            fences = (q1 - 1.5 * width, q3 + 1.5 * width);
        }
        bool OutsideFences(decimal rate) => fences is { } f && (Math.Log((double)rate) < f.Lo || Math.Log((double)rate) > f.Hi);
        bool OutsideMedicare(decimal rate) => medicare is { } m && (rate < m * MedicareLow || rate > m * MedicareHigh);
        return (fences, medicare) switch
        {
            ({ }, { }) => (positive.FindAll(r => !(OutsideFences(r.Rate) && OutsideMedicare(r.Rate))), FencesAndMedicare),
            ({ }, null) => (positive.FindAll(r => !OutsideFences(r.Rate)), FencesOnly),
            (null, { }) => (positive.FindAll(r => !OutsideMedicare(r.Rate)), MedicareOnly),
            _ => (positive, NoRule),
        };
    }

    /// <summary>The raw distribution of <paramref name="rates"/> before the outlier rule (every rate, zero and negative included).</summary>
    public static RateDistribution Distribution(IReadOnlyList<RateObservation> rates, RateStratum stratum)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(stratum);
        var sorted = rates.Select(r => r.Rate).Order().ToArray();
        if (sorted.Length == 0) return new RateDistribution(0, 0, 0, 0, 0, 0);
        return new RateDistribution(sorted.Length, sorted[0], Round(Percentile(sorted, 0.10m), stratum), Round(Percentile(sorted, 0.50m), stratum),
            Round(Percentile(sorted, 0.90m), stratum), sorted[^1]);
    }

    /// <summary>Type-7 percentile of sorted decimals, unrounded.</summary>
    public static decimal Percentile(decimal[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)decimal.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    /// <summary>
    /// A percentile as reported. Dollar-per-service rates are money, rounded to cents at scale 2 by <see cref="Money.FromDollarsRounded"/>.
    /// The brief prints percentage and per-diem rates as written, so they are only cut to two decimals: a single rate of 45.5% stays 45.5.
    /// </summary>
    private static decimal Round(decimal value, RateStratum stratum) =>
        stratum.IsDollarPerService ? Money.FromDollarsRounded(value).Dollars : Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static decimal? MatchMedicare(RateStratum s, MedicareAmount? m)
    {
        if (m is null || m.ModifierGroup != s.ModifierGroup) return null;
        return s.PlaceOfService switch
        {
            "facility" => m.Facility,
            "non-facility" => m.NonFacility,
            // Unknown place of service: comparable only when Medicare has one amount for both (CLFS).
            _ => m.Facility == m.NonFacility ? m.NonFacility : null,
        };
    }

    private static decimal? Pct(decimal value, decimal? medicare) =>
        medicare is { } m && m > 0 ? Math.Round(value / m * 100m, 1, MidpointRounding.AwayFromZero) : null;

    private static string Confidence(RateStratum s, int n, decimal p10, decimal p90)
    {
        var spread = p10 > 0 ? p90 / p10 : decimal.MaxValue;
        if (s.IsDollarPerService && n >= 30 && spread <= 3m) return "high";
        if (n >= 10 && spread <= 6m) return "medium";
        if (!s.IsDollarPerService && n >= 30) return "medium";
        return "low";
    }
}
