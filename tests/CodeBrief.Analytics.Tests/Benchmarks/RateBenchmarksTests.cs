using System.Globalization;
using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Analytics.Tests.Benchmarks;

public sealed class RateBenchmarksTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"codebrief-bm-{Guid.NewGuid():N}");

    public RateBenchmarksTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string T(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ForCode_SyntheticFile_EqualsSidecarExactly(int schema)
    {
        var file = Path.Combine(_folder, $"synth{schema}.json.gz");
        string[] codes = ["99213", "70450", "27447", "G0121", "80053"];
        var answers = TicSynthesizer.Write(new SynthOptions("Acme", codes, 600_000, schema, Seed: 7), file);
        var sidecar = SynthAnswers.ReadStrata(file + ".answers.json");
        sidecar.Count.ShouldBe(answers.Strata.Count);
        sidecar.ShouldContain(a => a.N >= BenchmarkCalculator.MinimumForIqr); // the fences are computed, not skipped for small strata
        using var db = SqliteWarehouse.Open(Path.Combine(_folder, "w.db"), WarehouseAccess.ReadWrite, _folder);
        var load = db.Rates.Ingest(file, new TicLoadOptions(null, null, CodeFilter.All), CancellationToken.None);
        load.IsSynthetic.ShouldBeTrue();
        load.Report!.NegotiatedPrices.ShouldBe(answers.NegotiatedPrices);
        foreach (var code in codes)
        {
            var expected = sidecar.Where(a => a.Code == code).ToList();
            var actual = RateBenchmarks.ForCode(db.Rates, code, []);
            actual.Count.ShouldBe(expected.Count);
            foreach (var e in expected)
            {
                var a = actual.Single(b => b.Stratum == new RateStratum(e.BillingClass, e.Setting, e.PlaceOfService, e.ModifierGroup, e.NegotiatedType));
                a.Payer.ShouldBe("Acme (synthetic)");
                a.IsSynthetic.ShouldBeTrue();
                (a.N, a.OutliersRemoved, a.Groups, a.Npis, a.Tins).ShouldBe((e.N, e.OutliersRemoved, e.Groups, (int?)e.Npis, (int?)e.Tins));
                new[] { T(a.Min), T(a.P10), T(a.P25), T(a.Median), T(a.P75), T(a.P90), T(a.Max) }
                    .ShouldBe([e.Min, e.P10, e.P25, e.Median, e.P75, e.P90, e.Max]);
            }
        }
    }

    [Fact]
    public void Compute_FewRatesWithMedicare_UsesMultipleFallbackAndPercentages()
    {
        var stratum = new RateStratum("professional", "unspecified", "non-facility", "global", "negotiated");
        RateObservation R(decimal rate) => new(rate, ["1:a"], [], []);
        var medicare = new MedicareAmount("99213", "global", 100m, 80m, "test PFS");
        var b = BenchmarkCalculator.Compute("99213", "P", false, stratum, [R(10m), R(90m), R(110m), R(120m), R(2000m)], medicare, [1])!; // five rates: below the IQR minimum
        b.OutliersRemoved.ShouldBe(2);
        b.OutlierRuleApplied.ShouldBe("Medicare multiple 0.2x-10x");
        b.N.ShouldBe(3);
        b.Median.ShouldBe(110m);
        b.MedianPercentOfMedicare.ShouldBe(110.0m);
        b.MedicareAmount.ShouldBe(100m);
        b.Npis.ShouldBeNull();
        b.Confidence.ShouldBe("low");
    }

    [Fact]
    public void Compute_PercentageRates_NeverComparedWithMedicare()
    {
        var stratum = new RateStratum("institutional", "outpatient", "unspecified", "global", "percentage");
        var rates = Enumerable.Range(0, 40).Select(i => new RateObservation(40m + i, [$"1:{i}"], [], [])).ToList();
        var b = BenchmarkCalculator.Compute("99213", "P", false, stratum, rates, new MedicareAmount("99213", "global", 100m, 100m, "x"), [1])!; // 40 positive rates
        b.MedicareAmount.ShouldBeNull();
        b.MedianPercentOfMedicare.ShouldBeNull();
        b.Stratum.IsDollarPerService.ShouldBeFalse();
        b.Confidence.ShouldBe("medium");
        b.P10.ShouldBe(43.9m);
    }
}
