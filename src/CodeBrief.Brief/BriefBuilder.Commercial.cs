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
        var missing = SeedPayers.Where(s => !d.Payers.Any(p => Matches(p.Payer, s))).ToList();
        if (d.Payers.Count == 0)
        {
            yield return new BriefParagraph($"Negotiated rates from payer price-transparency files: {Na}");
        }
        else
        {
            yield return new BriefParagraph(
                "Negotiated fee-for-service rates from payer price-transparency (Transparency in Coverage) files; bundled and capitation " +
                "arrangements are excluded. One card per payer with rates: its strata (who billed, where, with which modifier), the " +
                "headline stratum first (dollar rates with a Medicare comparison, then the global modifier group, professional billing, " +
                "the office setting and the most rates). Each figure is followed by its percentage of the Medicare amount in the row.");
            foreach (var payer in d.Payers.GroupBy(p => p.Payer, StringComparer.Ordinal))
            {
                var strata = payer.Where(p => p.IsDollarPerService).ToList();
                var ordered = new List<PayerRateSummary>();
                if (strata.Count > 0) ordered.Add(Headline(strata));
                ordered.AddRange(strata.Where(p => !ordered.Contains(p)));
                ordered.AddRange(payer.Where(p => !p.IsDollarPerService));
                // The card's heading names the payer, so its table leaves out the Payer column.
                yield return new BriefHeading(PayerLabel(payer.First()));
                yield return new BriefTable(RateColumns[1..], ordered.Select(p => (IReadOnlyList<BriefCell>)RateRow(p).Skip(1).ToList()).ToList());
            }
            if (missing.Count > 0)
                yield return new BriefParagraph($"No rates loaded for {string.Join(", ", missing)}: {Na}");
        }
        if (d.Payers.Count > 0)
        {
            var rules = d.Payers[0];
            yield return new BriefParagraph(rules.PercentileMethod);
            yield return new BriefParagraph(rules.OutlierRule);
            yield return new BriefParagraph(rules.ConfidenceRule);
        }
    }

    /// <summary>The stratum a payer's card shows first.</summary>
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

    /// <summary>A payer stratum in words: who billed, where, with which modifier, and the rate type when not plain negotiated.</summary>
    public static string StratumWords(PayerRateSummary p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var billing = p.BillingClass switch
        {
            "professional" => "professional claims",
            "institutional" => "institutional claims",
            "both" => "professional and institutional claims",
            var other => other + " claims",
        };
        var place = p.PlaceOfService switch
        {
            "non-facility" => "office (non-facility)",
            "facility" => "facility",
            "mixed" => "mixed places of service",
            _ => "place of service not stated",
        };
        var modifier = p.ModifierGroup switch
        {
            "global" => "no modifier (global service)",
            "26" => "modifier 26 (professional component)",
            "TC" => "modifier TC (technical component)",
            _ => "other modifiers",
        };
        var setting = p.Setting is "" or "unspecified" ? "" : $", {p.Setting} setting";
        var type = p.NegotiatedType == "negotiated" ? "" : $", {p.NegotiatedType} rates";
        return $"{billing}, {place}, {modifier}{setting}{type}";
    }

    private static IReadOnlyList<BriefCell> RateRow(PayerRateSummary p)
    {
        BriefCell C(string text) => new(text, p.Sources);
        string Amount(decimal value) =>
            p.IsDollarPerService ? new Money(value).ToString() : value.ToString(CultureInfo.InvariantCulture) + (p.NegotiatedType == "percentage" ? "%" : "");
        BriefCell Figure(decimal value, decimal? percent)
        {
            var text = Amount(value);
            if (percent is { } pct) return new BriefCell($"{text} ({pct.ToString("#,##0.0##", CultureInfo.InvariantCulture)}% of Medicare)",
                p.MedicareSource is { } m ? [.. p.Sources, m] : p.Sources);
            return C(text);
        }
        static string Count(int? n) => n is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : NotAvailable.Text;
        var medicare = p.MedicareAmount is { } amount && p.MedicareSource is { } source
            ? new BriefCell($"{new Money(amount)} ({p.MedicareBasis})", [source])
            : BriefCell.Label(p.IsDollarPerService ? NotAvailable.Text : "not compared");
        return
        [
            C(PayerLabel(p)), C(StratumWords(p)), C(Count(p.N)), C(Count(p.Groups)), C(Count(p.Npis)), C(Count(p.Tins)),
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
