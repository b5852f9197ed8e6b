using System.Globalization;
using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Analytics.Tests.Benchmarks;

public sealed class BenchmarkCalculatorTests
{
    private static RateObservation R(decimal rate) => new(rate, ["1:a"], [], []);

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_SingleWholeDollarRate_PercentilesAreCentsAtScaleTwo()
    {
        var stratum = new RateStratum("professional", "unspecified", "non-facility", "global", "negotiated");

        var b = BenchmarkCalculator.Compute("99213", "P", false, stratum, [R(475m)], null, [1])!; // a positive rate is kept

        (Text(b.P10), Text(b.Median), Text(b.P90)).ShouldBe(("475.00", "475.00", "475.00"));
    }

    [Fact]
    public void Compute_DollarRatesMidwayBetweenCents_RoundHalfAwayFromZero()
    {
        var stratum = new RateStratum("professional", "unspecified", "non-facility", "global", "negotiated");

        var b = BenchmarkCalculator.Compute("99213", "P", false, stratum, [R(10.00m), R(10.01m)], null, [1])!; // positive rates are kept

        b.Median.ShouldBe(10.01m);
    }

    [Fact]
    public void Compute_SinglePercentageRate_PercentilesKeepTheScaleItWasWrittenWith()
    {
        var stratum = new RateStratum("institutional", "outpatient", "unspecified", "global", "percentage");

        var b = BenchmarkCalculator.Compute("99213", "P", false, stratum, [R(45.5m)], null, [1])!; // a positive rate is kept

        (Text(b.P10), Text(b.Median)).ShouldBe(("45.5", "45.5"));
    }

    [Fact]
    public void Percentile_BetweenRanks_InterpolatesUnrounded() =>
        BenchmarkCalculator.Percentile([10m, 20.005m], 0.5m).ShouldBe(15.0025m);
}
