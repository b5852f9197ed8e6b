using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Ingest.Clfs;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>
    /// The Medicare amounts commercial rates of <paramref name="code"/> are compared with, one per modifier group: the CLFS
    /// national limit (both settings) for the global group when the code has one, else the PFS national non-facility and
    /// facility amounts of the unmodified row; the PFS 26 and TC rows for those groups. Empty when neither fee schedule prices the code.
    /// </summary>
    /// <remarks>The same computation serves the dossier's payer list and <c>codebrief benchmarks</c>.</remarks>
    public IReadOnlyList<MedicareAmount> MedicareAmounts(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var c = code.Trim().ToUpperInvariant();
        return [.. MedicareComparisons(c, ReadPfs(c), ReadClfs(c)).Select(m => m.Amount)];
    }

    /// <summary>
    /// Commercial rate benchmarks of <paramref name="code"/> per payer × stratum from the loaded price-transparency files,
    /// with percentages of the Medicare amounts of <see cref="MedicareAmounts"/>; empty when no rates are loaded.
    /// </summary>
    public IReadOnlyList<RateBenchmark> Benchmarks(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var c = code.Trim().ToUpperInvariant();
        return Benchmarks(c, MedicareComparisons(c, ReadPfs(c), ReadClfs(c)));
    }

    private IReadOnlyList<RateBenchmark> Benchmarks(string code, List<MedicareComparison> medicare) =>
        RateBenchmarks.ForCode(_rates, code, [.. medicare.Select(m => m.Amount)]);

    private List<PayerRateSummary> ReadPayers(string code, List<PfsEntry> pfs, List<ClfsRow> clfs)
    {
        var medicare = MedicareComparisons(code, pfs, clfs);
        var list = new List<PayerRateSummary>();
        foreach (var b in Benchmarks(code, medicare))
        {
            var s = b.Stratum;
            var m = b.MedicareAmount is null ? null : medicare.FirstOrDefault(x => x.Amount.ModifierGroup == s.ModifierGroup);
            var dollars = s.IsDollarPerService;
            list.Add(new PayerRateSummary(b.Payer, b.IsSynthetic, s.BillingClass, s.Setting, s.PlaceOfService, s.ModifierGroup, s.NegotiatedType,
                dollars, b.N, b.OutliersRemoved, b.OutlierRuleApplied, b.Groups, b.Npis, b.Tins,
                Amount(b.Min, dollars), Amount(b.P10, dollars), Amount(b.P25, dollars), Amount(b.Median, dollars),
                Amount(b.P75, dollars), Amount(b.P90, dollars), Amount(b.Max, dollars),
                b.MedicareAmount is { } amount ? Amount(amount, true) : null, m is null ? null : m.Basis(s.PlaceOfService), m?.Source,
                Percent(b.MinPercentOfMedicare), Percent(b.P10PercentOfMedicare), Percent(b.P25PercentOfMedicare), Percent(b.MedianPercentOfMedicare),
                Percent(b.P75PercentOfMedicare), Percent(b.P90PercentOfMedicare), Percent(b.MaxPercentOfMedicare),
                b.Confidence, BenchmarkCalculator.PercentileMethod, BenchmarkCalculator.OutlierRule, BenchmarkCalculator.ConfidenceRule,
                [.. b.SourceIds.Select(id => _sources.Ref(id, 0))],
                b.Raw with { Min = Amount(b.Raw.Min, dollars), P10 = Amount(b.Raw.P10, dollars), Median = Amount(b.Raw.Median, dollars),
                    P90 = Amount(b.Raw.P90, dollars), Max = Amount(b.Raw.Max, dollars) }));
        }
        return list;
    }

    /// <summary>Dollars are money: cents at scale 2, so the JSON and the brief print the same digits (475.00, not 475).</summary>
    private static decimal Amount(decimal value, bool dollars) => dollars ? Money.FromDollarsRounded(value).Dollars : value;

    private static decimal? Percent(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) + 0.0m : null;

    private static List<MedicareComparison> MedicareComparisons(string code, List<PfsEntry> pfs, List<ClfsRow> clfs)
    {
        var list = new List<MedicareComparison>();
        var lab = clfs.FirstOrDefault(c => c.Modifier.Length == 0 && c.NationalLimit is not null);
        if (lab is { NationalLimit: { } limit })
            list.Add(new MedicareComparison(new MedicareAmount(code, "global", limit.Dollars, limit.Dollars,
                $"CLFS national limitation amount, {lab.Source}"), IsClfs: true, lab.Source));
        foreach (var p in pfs)
        {
            var group = p.Modifier switch { "" => "global", "26" => "26", "TC" => "TC", _ => null };
            if (group is null || list.Any(x => x.Amount.ModifierGroup == group)) continue;
            decimal? nf = p.Pricing.NonFacilityNational.Amount?.Dollars, f = p.Pricing.FacilityNational.Amount?.Dollars;
            if (nf is null && f is null) continue;
            list.Add(new MedicareComparison(new MedicareAmount(code, group, nf, f, $"PFS national amount, {p.Row.Source}"), IsClfs: false, p.Row.Source));
        }
        return list;
    }

    /// <summary>A Medicare amount with the row it comes from.</summary>
    private sealed record MedicareComparison(MedicareAmount Amount, bool IsClfs, SourceRef Source)
    {
        public string Basis(string placeOfService)
        {
            var modifier = Amount.ModifierGroup == "global" ? "no modifier" : "modifier " + Amount.ModifierGroup;
            if (IsClfs) return "CLFS national limitation amount, " + modifier;
            return (placeOfService == "facility" ? "PFS national facility amount, " : "PFS national non-facility amount, ") + modifier;
        }
    }
}
