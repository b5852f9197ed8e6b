using System.Globalization;
using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;

namespace CodeBrief.Brief.Tests;

public sealed class PayerCoverageTests(PayerWarehouse warehouse) : IClassFixture<PayerWarehouse>
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    private DossierBuilder Builder() => new(warehouse.Db);

    // One card (a heading naming the payer, then its table) per payer with rates, its headline stratum first: the first rows,
    // payer by payer, with the payer from the card's heading put back as the first column.
    private static BriefTable HeadlineTable(BriefDocument brief)
    {
        var blocks = brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.ToList();
        var at = blocks.FindIndex(b => b is BriefHeading { Text: "Commercial Payers" });
        var rows = new List<IReadOnlyList<BriefCell>>();
        IReadOnlyList<string> header = [];
        for (var i = at + 1; i < blocks.Count - 1; i++)
            if (blocks[i] is BriefHeading h && blocks[i + 1] is BriefTable t)
            {
                header = ["Payer", .. t.Header];
                rows.Add([BriefCell.Label(h.Text), .. t.Rows[0]]);
            }
        return new BriefTable(header, rows);
    }

    private static string T(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("45378")]
    [InlineData("43239")]
    public void Build_CodeWithLoadedRates_OneHeadlineRowPerPayerSyntheticLabelled(string code)
    {
        var brief = BriefBuilder.Build(Builder().Build(code), Day);
        var payers = HeadlineTable(brief).Rows.Select(r => r[0].Text).ToList();
        payers.ShouldBe([PayerWarehouse.CareFirst, "Aetna (synthetic)", "Cigna (synthetic)", "UnitedHealthcare (synthetic)"], ignoreOrder: true);
        HeadlineTable(brief).Rows.ShouldAllBe(r => r[1].Text != NotAvailable.Text);
        brief.Dossier.Payers.Where(p => p.Payer == PayerWarehouse.CareFirst).ShouldAllBe(p => !p.IsSynthetic);
        brief.Dossier.Payers.Where(p => p.Payer != PayerWarehouse.CareFirst).ShouldAllBe(p => p.IsSynthetic);
        var text = brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.OfType<BriefParagraph>().Select(p => p.Text).ToList();
        text.ShouldContain(CodeBrief.Analytics.Benchmarks.BenchmarkCalculator.OutlierRule);
        text.ShouldContain(CodeBrief.Analytics.Benchmarks.BenchmarkCalculator.ConfidenceRule);
    }

    [Fact]
    public void Build_45378_SummariesEqualBenchmarksAndSyntheticSidecar()
    {
        var builder = Builder();
        var dossier = builder.Build("45378");
        var benchmarks = builder.Benchmarks("45378");
        dossier.Payers.Count.ShouldBe(benchmarks.Count);
        var compared = 0;
        foreach (var p in dossier.Payers)
        {
            var b = benchmarks.Single(x => x.Payer == p.Payer && x.Stratum == new RateStratum(p.BillingClass, p.Setting, p.PlaceOfService, p.ModifierGroup, p.NegotiatedType));
            (p.N, p.OutliersRemoved, p.Groups, p.Npis, p.Tins, p.Confidence).ShouldBe((b.N, b.OutliersRemoved, b.Groups, b.Npis, b.Tins, b.Confidence));
            new[] { p.Min, p.P10, p.P25, p.Median, p.P75, p.P90, p.Max }.ShouldBe([b.Min, b.P10, b.P25, b.Median, b.P75, b.P90, b.Max]);
            p.MedianPercentOfMedicare.ShouldBe(b.MedianPercentOfMedicare);
            p.Sources.ShouldAllBe(s => s.Dataset == "tic-in-network");
            if (!p.IsSynthetic || p.OutlierRuleApplied != BenchmarkCalculator.FencesOnly) continue;
            // The sidecar is computed without Medicare, so it is the oracle wherever the log-IQR branch (8+ rates) applied.
            var payer = p.Payer.Replace(" (synthetic)", "", StringComparison.Ordinal);
            var e = warehouse.Answers[payer].Single(a => a.Code == "45378" && a.BillingClass == p.BillingClass && a.Setting == p.Setting
                && a.PlaceOfService == p.PlaceOfService && a.ModifierGroup == p.ModifierGroup && a.NegotiatedType == p.NegotiatedType);
            (p.N, p.OutliersRemoved, p.Groups, p.Npis, p.Tins).ShouldBe((e.N, e.OutliersRemoved, e.Groups, (int?)e.Npis, (int?)e.Tins));
            new[] { T(p.Min), T(p.P10), T(p.P25), T(p.Median), T(p.P75), T(p.P90), T(p.Max) }
                .Select(s => decimal.Parse(s, CultureInfo.InvariantCulture))
                .ShouldBe([.. new[] { e.Min, e.P10, e.P25, e.Median, e.P75, e.P90, e.Max }.Select(s => decimal.Parse(s, CultureInfo.InvariantCulture))]);
            compared++;
        }
        compared.ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Build_45378_CareFirstMedianPercentOfPfsFacilityByHand()
    {
        // CareFirst prices 45378 at place of service 24 (ambulatory surgical center): a facility setting, so Medicare is the
        // PFS national facility amount of the unmodified row: facility total RVU 5.48 x conversion factor 32.3465 (PPRRVU2025_Oct.csv).
        var line = File.ReadLines(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv")).Single(l => l.StartsWith("45378,,", StringComparison.Ordinal)).Split(',');
        var facility = Math.Round(decimal.Parse(line[12], CultureInfo.InvariantCulture) * decimal.Parse(line[24], CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
        facility.ShouldBe(177.26m);
        var dossier = Builder().Build("45378");
        var p = dossier.Payers.Single(x => x.Payer == PayerWarehouse.CareFirst);
        (p.BillingClass, p.PlaceOfService, p.ModifierGroup, p.NegotiatedType).ShouldBe(("professional", "facility", "global", "negotiated"));
        p.MedicareAmount.ShouldBe(facility);
        p.MedicareSource!.Value.Dataset.ShouldBe("pfs-rvu"); // a Medicare amount always carries its row
        var pct = Math.Round(p.Median / facility * 100m, 1, MidpointRounding.AwayFromZero);
        p.MedianPercentOfMedicare.ShouldBe(pct);
        p.Npis.ShouldBeNull(); // the CareFirst file's provider references are remote and unresolved offline
        var row = HeadlineTable(BriefBuilder.Build(dossier, Day)).Rows.Single(r => r[0].Text == PayerWarehouse.CareFirst);
        row[9].Text.ShouldBe($"${p.Median.ToString("#,##0.00", CultureInfo.InvariantCulture)} ({pct.ToString(CultureInfo.InvariantCulture)}% of Medicare)");
        p.MedicareSource.Value.Row.ShouldBe(5357); // the 45378 line of PPRRVU2025_Oct.csv
        row[13].Text.ShouldBe("$177.26 (PFS national facility amount, no modifier)");
        row[13].Sources.ShouldBe([p.MedicareSource.Value]);
    }

    [Fact]
    public void Build_CareFirstOnlyCode_SeedPayersWithoutRatesSayNotAvailable()
    {
        var brief = BriefBuilder.Build(Builder().Build(PayerWarehouse.CareFirstOnlyCode), Day);
        HeadlineTable(brief).Rows.Select(r => r[0].Text).ShouldBe([PayerWarehouse.CareFirst]);
        // Payers without rates share one line instead of empty rows.
        brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.OfType<BriefParagraph>()
            .ShouldContain(p => p.Text == "No rates loaded for Aetna, Cigna, UnitedHealthcare: " + NotAvailable.Text + ".");
    }

    [Fact]
    public void Build_CodeWithoutRates_CommercialRatesNotAvailable()
    {
        var brief = BriefBuilder.Build(Builder().Build("99213"), Day);
        brief.Dossier.Payers.ShouldBeEmpty();
        brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.OfType<BriefParagraph>()
            .ShouldContain(p => p.Text == "Negotiated rates from payer price-transparency files: " + NotAvailable.Text + ".");
    }

    [Fact]
    public void Serialize_Dossier45378_PayersCarryFiguresAndSources()
    {
        var json = CodeBriefJson.Serialize(Builder().Build("45378"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var payers = doc.RootElement.GetProperty("payers").EnumerateArray().ToList();
        payers.Select(p => p.GetProperty("payer").GetString()).Distinct().Count().ShouldBe(4);
        var carefirst = payers.Single(p => p.GetProperty("payer").GetString() == PayerWarehouse.CareFirst);
        carefirst.GetProperty("medicare_amount").GetDecimal().ShouldBe(177.26m);
        carefirst.GetProperty("is_synthetic").GetBoolean().ShouldBeFalse();
        carefirst.GetProperty("sources")[0].GetProperty("file").GetString().ShouldBe("carefirst_in-network_examplefile.json.gz");
    }

    [Theory]
    [InlineData("45378")]
    [InlineData("43235")]
    public void Build_PayerSection_EveryNumberAppearsInDossier(string code)
    {
        var brief = BriefBuilder.Build(Builder().Build(code), Day);
        var section = brief.Sections.Single(s => s.Id == "payer-coverage");
        var text = string.Join("\n", section.Blocks.SelectMany(b => b switch
        {
            BriefParagraph p => [p.Text],
            BriefTable t => t.Rows.SelectMany(r => r.Select(c => c.Text)),
            _ => Enumerable.Empty<string>(),
        }));
        var dossier = Numbers(CodeBriefJson.Serialize(brief.Dossier));
        var printed = Numbers(text);
        printed.ShouldNotBeEmpty();
        foreach (var n in printed) dossier.ShouldContain(n, $"{code}: number {n} is not in its dossier");
    }

    private static HashSet<string> Numbers(string text) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\d),(?=\d{3})", ""), @"\d+(?:\.\d+)?")
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
