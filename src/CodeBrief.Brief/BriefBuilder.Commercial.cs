using System.Globalization;
using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>
    /// The commercial payers the example briefs (<c>shared/seeds</c>) name; each gets a row even without loaded rates, saying
    /// the data is not available rather than leaving readers to wonder whether it was looked for.
    /// </summary>
    public static readonly IReadOnlyList<string> SeedPayers = ["Aetna", "Blue Cross Blue Shield", "Cigna", "UnitedHealthcare"];

    private static readonly string[] RateColumns =
        ["Payer", "Stratum", "N", "Groups", "NPIs", "TINs", "Min", "P10", "P25", "Median", "P75", "P90", "Max", "Medicare amount", "Confidence", "Outliers removed", "Source"];

    private static IEnumerable<BriefBlock> Commercial(CodeDossier d)
    {
        yield return new BriefHeading("Commercial Payers");
        var dollars = d.Payers.Where(p => p.IsDollarPerService).ToList();
        var headline = dollars.GroupBy(p => p.Payer, StringComparer.Ordinal).Select(g => Headline(g)).ToList();
        var missing = SeedPayers.Where(s => !d.Payers.Any(p => Matches(p.Payer, s))).ToList();
        if (d.Payers.Count == 0)
        {
            yield return new BriefParagraph($"Negotiated rates from payer price-transparency files: {Na}");
        }
        else
        {
            yield return new BriefParagraph(
                "Negotiated fee-for-service rates from payer price-transparency (Transparency in Coverage) files; bundled and capitation " +
                "arrangements are excluded. One row per payer, showing its headline stratum (dollar rates with a Medicare comparison first, " +
                "then the global modifier group, professional billing, non-facility place of service and the most rates). Each figure is " +
                "followed by its percentage of the Medicare amount in the row.");
            var rows = headline.Select(RateRow).ToList();
            rows.AddRange(missing.Select(s => (IReadOnlyList<BriefCell>)
                [BriefCell.Label(s), BriefCell.Label(NotAvailable.Text), .. Enumerable.Repeat(BriefCell.Label(""), RateColumns.Length - 2)]));
            yield return new BriefTable(RateColumns, rows);
        }
        var others = dollars.Except(headline).ToList();
        if (others.Count > 0)
        {
            yield return new BriefParagraph("Other dollar-rate strata of the same payers:");
            yield return new BriefTable(RateColumns, others.Select(RateRow).ToList());
        }
        var apart = d.Payers.Where(p => !p.IsDollarPerService).ToList();
        if (apart.Count > 0)
        {
            yield return new BriefParagraph("Percentage and per-diem rates (not dollars per service; never compared with Medicare):");
            yield return new BriefTable(RateColumns, apart.Select(RateRow).ToList());
        }
        if (d.Payers.Count > 0)
        {
            var rules = d.Payers[0];
            yield return new BriefParagraph(rules.PercentileMethod);
            yield return new BriefParagraph(rules.OutlierRule);
            yield return new BriefParagraph(rules.ConfidenceRule);
        }
    }

    /// <summary>The stratum a payer's row shows; the rest go to the second table.</summary>
    private static PayerRateSummary Headline(IEnumerable<PayerRateSummary> strata) => strata
        .OrderBy(p => p.MedianPercentOfMedicare is null ? 1 : 0)
        .ThenBy(p => p.ModifierGroup == "global" ? 0 : 1)
        .ThenBy(p => p.BillingClass == "professional" ? 0 : 1)
        .ThenBy(p => p.PlaceOfService == "non-facility" ? 0 : 1)
        .ThenByDescending(p => p.N)
        .ThenBy(p => p.Stratum, StringComparer.Ordinal)
        .First();

    /// <summary>True when a loaded payer name is the seed payer (spaces and case ignored: "CareFirst BlueCross BlueShield").</summary>
    private static bool Matches(string payer, string seed) =>
        payer.Replace(" ", "", StringComparison.Ordinal).Contains(seed.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>The payer as printed: synthetic data is always labelled.</summary>
    public static string PayerLabel(PayerRateSummary p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.IsSynthetic && !p.Payer.Contains("synthetic", StringComparison.OrdinalIgnoreCase) ? p.Payer + " (synthetic)" : p.Payer;
    }

    private static IReadOnlyList<BriefCell> RateRow(PayerRateSummary p)
    {
        BriefCell C(string text) => new(text, p.Sources);
        string Amount(decimal value) =>
            p.IsDollarPerService ? new Money(value).ToString() : value.ToString(CultureInfo.InvariantCulture) + (p.NegotiatedType == "percentage" ? "%" : "");
        BriefCell Figure(decimal value, decimal? percent)
        {
            var text = Amount(value);
            if (percent is { } pct) return new BriefCell($"{text} ({pct.ToString(CultureInfo.InvariantCulture)}% of Medicare)",
                p.MedicareSource is { } m ? [.. p.Sources, m] : p.Sources);
            return C(text);
        }
        static string Count(int? n) => n is { } v ? v.ToString(CultureInfo.InvariantCulture) : NotAvailable.Text;
        var medicare = p.MedicareAmount is { } amount && p.MedicareSource is { } source
            ? new BriefCell($"{new Money(amount)} ({p.MedicareBasis}; {source})", [source])
            : BriefCell.Label(p.IsDollarPerService ? NotAvailable.Text : "not compared");
        return
        [
            C(PayerLabel(p)), C(p.Stratum), C(Count(p.N)), C(Count(p.Groups)), C(Count(p.Npis)), C(Count(p.Tins)),
            Figure(p.Min, p.MinPercentOfMedicare), Figure(p.P10, p.P10PercentOfMedicare), Figure(p.P25, p.P25PercentOfMedicare),
            Figure(p.Median, p.MedianPercentOfMedicare), Figure(p.P75, p.P75PercentOfMedicare), Figure(p.P90, p.P90PercentOfMedicare),
            Figure(p.Max, p.MaxPercentOfMedicare), medicare, C(p.Confidence),
            C($"{Count(p.OutliersRemoved)} ({p.OutlierRuleApplied})" + (p.Raw is { } raw && p.OutliersRemoved > 0
                ? $"; before removal n {Count(raw.N)}, min {Amount(raw.Min)}, p10 {Amount(raw.P10)}, median {Amount(raw.Median)}, p90 {Amount(raw.P90)}, max {Amount(raw.Max)}"
                : "")),
            C(string.Join("; ", p.Sources.Select(s => s.ToString()))),
        ];
    }
}
