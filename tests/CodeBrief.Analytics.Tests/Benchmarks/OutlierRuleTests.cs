using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Lake;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tic;
using FsCheck;
using FsCheck.Fluent;

namespace CodeBrief.Analytics.Tests.Benchmarks;

/// <summary>The outlier rule keeps real rates of a clustered distribution, and a tighter middle never removes a rate.</summary>
public sealed class OutlierRuleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"codebrief-outlier-{Guid.NewGuid():N}");

    public OutlierRuleTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly RateStratum Professional = new("professional", "unspecified", "non-facility", "global", "negotiated");

    private static RateObservation R(decimal rate) => new(rate, ["1:a"], [], []);

    /// <summary>CareFirst's 43235 rates, read back from the lake as the CLI stores them.</summary>
    private List<RateBenchmark> CareFirst43235()
    {
        using var db = SqliteWarehouse.OpenHome(_folder, WarehouseAccess.ReadWrite, lake: new ParquetRateLake(Path.Combine(_folder, "lake")));
        db.Rates.Ingest(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"),
            new TicLoadOptions("Blue Cross Blue Shield (CareFirst)", null, new CodeFilter(["43235"])), CancellationToken.None);
        return [.. RateBenchmarks.ForCode(db.Rates, "43235", [])];
    }

    [Fact]
    public void CareFirst43235Professional_KeepsEveryRealRate_AndReportsTheRawDistribution()
    {
        // By hand from carefirst_in-network_examplefile.json.gz: 72 distinct professional rates of 43235 (identical rate,
        // provider references and price text collapsed), 36 of them $364.62 and 17 $383.81; three $452.90, one each $475,
        // $551, $675, $707.64, $802.04, $831.23 and $1,027. Type-7 median (35.5th of 0..71) = (364.62 + 374.00) / 2 = 369.31;
        // p90 at h = 63.9 lies between two $452.90 rates.
        var b = CareFirst43235().Single(x => x.Stratum.BillingClass == "professional");
        b.Raw.ShouldBe(new RateDistribution(72, 364.62m, 364.62m, 369.31m, 452.90m, 1027m));
        b.OutliersRemoved.ShouldBe(0);
        b.OutlierRuleApplied.ShouldBe(BenchmarkCalculator.FencesOnly);
        (b.N, b.Median, b.P90, b.Max).ShouldBe((72, 369.31m, 452.90m, 1027m));
    }

    [Fact]
    public void CareFirst43235_TheOldRuleRemovedTenRates_TheNewRuleNone()
    {
        // The fences of the old rule (log IQR of all 72 rates, 0.051, unfloored) ended at $401.78 on the high side; the
        // distinct rates' IQR floored at ln 2 puts the upper fence above $1,800.
        var rates = new List<decimal>();
        rates.AddRange(Enumerable.Repeat(364.62m, 36));
        rates.AddRange([374m, 374m, 381.83m]);
        rates.AddRange(Enumerable.Repeat(383.81m, 17));
        rates.AddRange([397.19m, 398.43m, 400m, 401.78m, 403.61m, 409.73m, 452.90m, 452.90m, 452.90m, 475m, 551m, 675m, 707.64m, 802.04m, 831.23m, 1027m]);
        var logs = rates.Select(r => Math.Log((double)r)).Order().ToArray();
        double Q(double p) { var h = (logs.Length - 1) * p; var lo = (int)h; return logs[lo] + (h - lo) * (logs[lo + 1] - logs[lo]); }
        var oldHigh = Math.Exp(Q(0.75) + 1.5 * (Q(0.75) - Q(0.25)));
        rates.Count(r => (double)r > oldHigh).ShouldBe(10);
        var (kept, _) = BenchmarkCalculator.RemoveOutliers([.. rates.Select(R)], null);
        kept.Count.ShouldBe(72);
    }

    [Fact]
    public void WithMedicare_ARateIsRemovedOnlyOutsideBothTheFencesAndTheMedicareBand()
    {
        // Ten distinct rates around $100 and two far ones: $5,000 is outside the fences and above 10x Medicare ($300);
        // $1,500 is outside the fences but within 10x Medicare, so it stays.
        decimal[] rates = [90, 95, 100, 101, 102, 103, 104, 105, 110, 115, 1500, 5000];
        var (kept, rule) = BenchmarkCalculator.RemoveOutliers([.. rates.Select(R)], 300m);
        rule.ShouldBe(BenchmarkCalculator.FencesAndMedicare);
        kept.Select(k => k.Rate).ShouldBe(rates[..^1]);
        var (keptWithout, ruleWithout) = BenchmarkCalculator.RemoveOutliers([.. rates.Select(R)], null);
        ruleWithout.ShouldBe(BenchmarkCalculator.FencesOnly);
        keptWithout.Select(k => k.Rate).ShouldBe(rates[..^2]);
    }

    [Fact]
    public void Compute_ReportsRawBesideCleaned()
    {
        decimal[] rates = [0, 90, 95, 100, 101, 102, 103, 104, 105, 110, 115, 5000];
        var b = BenchmarkCalculator.Compute("99213", "P", false, Professional, [.. rates.Select(R)], null, [1])!;
        b.OutliersRemoved.ShouldBe(2); // the zero and $5,000
        b.N.ShouldBe(10);
        b.Raw.N.ShouldBe(12);
        (b.Raw.Min, b.Raw.Max, b.Max).ShouldBe((0m, 5000m, 115m));
        b.Raw.Median.ShouldBe(102.50m);
    }

    /// <summary>
    /// Adding any number of copies of the median rate (the middle rate; with an even count, either middle rate) never removes
    /// a rate that was kept, with or without a Medicare amount: a tight middle is never a reason to remove a rate.
    /// </summary>
    /// <remarks>The fences are computed over the distinct rates, so copies of a rate already present leave them where they
    /// were. With an even count whose middle rates differ, the type-7 median is an amount no rate has; adding it adds a new
    /// rate level, which may move the fences once like any new rate; that case is not claimed.</remarks>
    [Fact]
    public void AddingCopiesOfTheMedianRate_NeverRemovesAKeptRate()
    {
        // Rates in cents from $1 to $10,000 on a log scale, so both tight clusters and wide spreads come up; repeated values too.
        var rate = Gen.Choose(0, 4000).Select(x => Math.Round((decimal)Math.Pow(10, x / 1000.0), 2));
        var cluster = Gen.Elements(364.62m, 383.81m, 100m);
        var rates = Gen.Frequency((3, rate), (1, cluster)).ListOf().Where(l => l.Count >= 1);
        var medicare = Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(1000, 100000).Select(c => (decimal?)(c / 100m)));
        var cases = from list in rates from m in medicare from copies in Gen.Choose(1, 60) from upper in Gen.Elements(false, true)
                    select (List: list, Medicare: m, Copies: copies, Upper: upper);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (list, m, copies, upper) = c;
            var observations = list.Select(R).ToList();
            var (before, _) = BenchmarkCalculator.RemoveOutliers(observations, m);
            var sorted = list.Order().ToArray();
            var median = sorted[upper ? sorted.Length / 2 : (sorted.Length - 1) / 2];
            var (after, _) = BenchmarkCalculator.RemoveOutliers([.. observations, .. Enumerable.Repeat(R(median), copies)], m);
            var afterRates = after.Select(a => a.Rate).ToHashSet();
            return before.All(k => afterRates.Contains(k.Rate));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    /// <summary>With an odd count the type-7 median is a rate of the list: copies of it never remove a kept rate.</summary>
    [Fact]
    public void AddingCopiesOfTheType7Median_OddCount_NeverRemovesAKeptRate()
    {
        var rate = Gen.Choose(0, 4000).Select(x => Math.Round((decimal)Math.Pow(10, x / 1000.0), 2));
        var rates = rate.ListOf().Where(l => l.Count % 2 == 1);
        var cases = from list in rates from copies in Gen.Choose(1, 60) select (List: list, Copies: copies);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var observations = c.List.Select(R).ToList();
            var (before, _) = BenchmarkCalculator.RemoveOutliers(observations, null);
            var median = BenchmarkCalculator.Percentile([.. c.List.Order()], 0.5m);
            var (after, _) = BenchmarkCalculator.RemoveOutliers([.. observations, .. Enumerable.Repeat(R(median), c.Copies)], null);
            return before.All(k => after.Any(a => a.Rate == k.Rate));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
