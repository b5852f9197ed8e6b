using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>
    /// The panel at the top: code type and family, Medicare amounts (national and locality range per setting and modifier),
    /// modifiers, payer medians with their sample sizes, status codes, and what the loaded files do not hold.
    /// </summary>
    private static BriefSection KeyFacts(CodeDossier d)
    {
        var rows = new List<IReadOnlyList<BriefCell>>();
        void Row(string label, string value, IReadOnlyList<SourceRef> sources) => rows.Add([BriefCell.Label(label), new BriefCell(value, sources)]);

        var c = d.Classification;
        Row("Code type", c.TypeLabel, [c.Source]);
        Row("Family", c.Family is null ? NotAvailable.Text : c.Subfamily is null ? c.Family : $"{c.Family} ({c.Subfamily})", c.Family is null ? [] : [c.Source]);
        if (d.ClfsPrimary is { } clfs)
            Row("Clinical lab fee schedule", clfs.NationalLimit is { } limit ? $"{limit} national limit" : "no national limit (priced locally)", [clfs.Source]);
        foreach (var p in d.Pfs)
        {
            var label = p.Modifier.Length == 0 ? "Physician fee schedule" : $"Physician fee schedule, modifier {p.Modifier}";
            var parts = new List<string>();
            List<SourceRef> sources = [p.Row.Source];
            foreach (var (setting, amount, range) in new[]
                     {
                         ("office", p.Pricing.NonFacilityNational, p.Pricing.NonFacilityRange),
                         ("facility", p.Pricing.FacilityNational, p.Pricing.FacilityRange),
                     })
            {
                if (amount.Amount is not { } a) continue;
                parts.Add(range is null ? $"{setting} {a} national" : $"{setting} {a} national ({range.Min} to {range.Max} by locality)");
                if (range is not null) sources.AddRange([range.MinLocality.Source, range.MaxLocality.Source]);
            }
            Row(label, $"status {p.Row.Status}; " + (parts.Count == 0 ? "not priced nationally" : string.Join("; ", parts)), sources);
        }
        if (d.Dmepos is { } dme)
            foreach (var r in dme.Rows.Take(3))
                Row(r.Modifiers.Length == 0 ? "DMEPOS fee" : $"DMEPOS fee, {r.Modifiers}",
                    r.NonRuralRange is { } nr ? $"{nr.Min} to {nr.Max} by state (non-rural); category {r.Category}" : $"no non-rural fee; category {r.Category}", [r.Source]);
        foreach (var o in d.Opps.Take(1))
            Row("Hospital outpatient (OPPS)", $"status indicator {o.Row.StatusIndicator}; payment rate {Dollars(o.Row.PaymentRate)}", [o.Row.Source]);
        foreach (var a in d.Asc.Take(1))
            Row("Ambulatory surgical center", $"payment indicator {a.Row.PaymentIndicator}; payment rate {Dollars(a.Row.PaymentRate)}", [a.Row.Source]);
        Row("Modifiers", d.Modifiers.Count == 0 ? "none in the rule table apply" : string.Join(", ", d.Modifiers.Select(m => m.Code)),
            d.Modifiers.Select(m => m.Source).Distinct().ToList());
        foreach (var p in d.Payers.Where(p => p.IsDollarPerService).GroupBy(p => p.Payer, StringComparer.Ordinal).Select(Headline))
            Row(PayerLabel(p), $"median {new Money(p.Median)}, {Count(p.N)} {(p.N == 1 ? "rate" : "rates")} ({StratumWords(p)})", p.Sources);
        var missing = Missing(d);
        Row("Not in the loaded data", missing.Count == 0 ? "nothing the brief looks for is missing" : $"{NotAvailable.Text}: {string.Join("; ", missing)}", []);
        return new BriefSection("key-facts", "Key Facts", [new BriefTable(["Fact", "Value"], rows)]);
    }

    /// <summary>What the brief looked for and the loaded files do not hold, in words.</summary>
    private static List<string> Missing(CodeDossier d)
    {
        var list = new List<string>();
        if (d.PrimaryDescriptor is null) list.Add("descriptor");
        if (d.ClfsPrimary is null && d.Pfs.Count == 0 && d.Dmepos is null) list.Add("Medicare fee schedule amount");
        if (d.Opps.Count == 0) list.Add("OPPS rate");
        if (d.Asc.Count == 0) list.Add("ASC rate");
        if (d.Mue.Count == 0) list.Add("MUE");
        if (d.Utilization.Count == 0) list.Add("Medicare utilization");
        if (d.Diagnoses.Count == 0) list.Add("related diagnoses");
        if (d.Taxonomies.Count == 0) list.Add("provider taxonomy");
        if (d.Payers.Count == 0) list.Add("commercial payer rates");
        var seedMissing = SeedPayers.Where(s => d.Payers.Count > 0 && !d.Payers.Any(p => Matches(p.Payer, s))).ToList();
        if (seedMissing.Count > 0) list.Add("rates of " + string.Join(", ", seedMissing));
        return list;
    }
}
