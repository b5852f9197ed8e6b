using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    private static BriefSection Summary(CodeDossier d)
    {
        var c = d.Classification;
        var blocks = new List<BriefBlock>();
        var family = c.Family is null ? "; its code family is not in CodeBrief's family table"
            : c.Subfamily is null ? $" in the {c.Family} family" : $" in the {c.Family} family, {c.Subfamily} subsection";
        blocks.Add(new BriefParagraph($"{d.Code} is a {c.TypeLabel} code{family}.", [c.Source]));
        blocks.Add(d.PrimaryDescriptor is { } desc
            ? new BriefParagraph($"Descriptor ({desc.Label}): {desc.Text}", [desc.Source])
            : new BriefParagraph($"Descriptor: {Na}"));
        blocks.Add(MedicareHeadline(d));
        blocks.Add(d.Payers.Count > 0
            ? new BriefParagraph($"Payers covered: Medicare and {string.Join(", ", d.Payers.Select(PayerLabel).Distinct().Order(StringComparer.Ordinal))}.",
                d.Payers.SelectMany(p => p.Sources).Distinct().ToList())
            : new BriefParagraph($"Payers covered: Medicare (CMS fee schedules). Commercial payer rates: {Na}"));
        blocks.Add(new BriefParagraph("What follows: the billing code overview; clinical and coding specifications (modifiers, provider taxonomy, "
            + "related ICD-10-CM diagnoses, related CPT/HCPCS codes); payer coverage and reimbursement; policy and billing notes; and the sources."));
        return new BriefSection("summary", "Summary & Overview", blocks);
    }

    /// <summary>Why the code matters, as far as the data says: how Medicare pays it.</summary>
    private static BriefParagraph MedicareHeadline(CodeDossier d)
    {
        var parts = new List<string>();
        var sources = new List<SourceRef>();
        if (d.ClfsPrimary is { } clfs)
        {
            parts.Add(clfs.NationalLimit is { } limit
                ? $"Medicare pays it under the Clinical Laboratory Fee Schedule with a national limit of {limit}"
                : "Medicare lists it on the Clinical Laboratory Fee Schedule without a national limit (priced locally)");
            sources.Add(clfs.Source);
        }
        foreach (var p in d.Pfs)
        {
            var label = p.Modifier.Length == 0 ? "the global service" : $"modifier {p.Modifier}";
            var nf = p.Pricing.NonFacilityNational.Amount;
            var f = p.Pricing.FacilityNational.Amount;
            parts.Add(nf is not null || f is not null
                ? $"on the Physician Fee Schedule, {label} has status {p.Row.Status} ({p.StatusMeaning}) with a national amount of "
                  + $"{nf?.ToString() ?? "not priced"} non-facility and {f?.ToString() ?? "not priced"} facility"
                : $"on the Physician Fee Schedule, {label} has status {p.Row.Status} ({p.StatusMeaning})");
            sources.Add(p.Row.Source);
        }
        if (DmeposHeadline(d.Dmepos) is { } dme) { parts.Add(dme.Text); sources.AddRange(dme.Sources); }
        if (parts.Count == 0) return new BriefParagraph($"Medicare payment: the loaded fee schedules do not list the code. {Na}");
        var text = string.Join("; ", parts);
        return new BriefParagraph(char.ToUpperInvariant(text[0]) + text[1..] + ".", sources);
    }
}
