using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>
    /// The summary as short plain sentences, one fact each, each followed by the rows it rests on. It states only what the
    /// dossier holds; indicator meanings are in the glossary, and what is missing is named in the key facts and in its section.
    /// </summary>
    private static BriefSection Summary(CodeDossier d)
    {
        var c = d.Classification;
        var blocks = new List<BriefBlock>
        {
            new BriefParagraph(c.Family is null
                ? $"{d.Code} is a {c.TypeLabel} code; CodeBrief's family table has no family for it."
                : c.Subfamily is null ? $"{d.Code} is a {c.TypeLabel} code in the {c.Family} family."
                : $"{d.Code} is a {c.TypeLabel} code in the {c.Family} family ({c.Subfamily}).", [c.Source]),
        };
        blocks.AddRange(MedicareSentences(d));
        var payers = d.Payers.Where(p => p.IsDollarPerService).GroupBy(p => p.Payer, StringComparer.Ordinal).Select(Headline).ToList();
        foreach (var p in payers)
            blocks.Add(new BriefParagraph($"{PayerLabel(p)} has a median negotiated rate of {new Money(p.Median)} over {Count(p.N)} "
                + $"{(p.N == 1 ? "rate" : "rates")} ({StratumWords(p)}).", p.Sources));
        blocks.Add(new BriefParagraph("The key facts above list what the loaded files do not hold; the glossary explains the indicator codes."));
        return new BriefSection("summary", "Summary & Overview", blocks);
    }

    /// <summary>One sentence per Medicare payment fact: CLFS, each PFS row, DMEPOS, OPPS, ASC.</summary>
    private static IEnumerable<BriefParagraph> MedicareSentences(CodeDossier d)
    {
        if (d.ClfsPrimary is { } clfs)
            yield return new BriefParagraph(clfs.NationalLimit is { } limit
                ? $"Medicare pays {limit} for {d.Code} under the Clinical Laboratory Fee Schedule (national limit)."
                : $"{d.Code} is on the Clinical Laboratory Fee Schedule without a national limit; Medicare contractors price it locally.", [clfs.Source]);
        foreach (var p in d.Pfs)
        {
            var who = p.Modifier.Length == 0 ? $"Under the Physician Fee Schedule, {d.Code}" : $"Billed with modifier {p.Modifier}, {d.Code}";
            var nf = p.Pricing.NonFacilityNational.Amount;
            var f = p.Pricing.FacilityNational.Amount;
            List<SourceRef> sources = [p.Row.Source];
            if (nf is null && f is null)
            {
                yield return new BriefParagraph($"{who} is not priced nationally (PFS status {p.Row.Status}; see the glossary).", sources);
                continue;
            }
            var range = nf is not null ? p.Pricing.NonFacilityRange : p.Pricing.FacilityRange;
            var where = range is null ? "" : $" ({range.Min} in {Place(range.MinLocality.Name)} to {range.Max} in {Place(range.MaxLocality.Name)})";
            if (range is not null) sources.AddRange([range.MinLocality.Source, range.MaxLocality.Source]);
            var text = (nf, f) switch
            {
                ({ } a, { } b) when a == b => $"{who} is paid {a} nationally in both settings{where}.",
                ({ } a, { } b) => $"{who} is paid {a} nationally in an office (non-facility){where} and {b} in a facility.",
                ({ } a, null) => $"{who} is paid {a} nationally in an office (non-facility){where}; the facility setting is not priced.",
                (null, { } b) => $"{who} is paid {b} nationally in a facility{where}; the office setting is not priced.",
                _ => "",
            };
            if (p.Pricing.NonFacilityNational.OppsCap is { Capped: true } || p.Pricing.FacilityNational.OppsCap is { Capped: true })
                text += " The OPPS imaging cap lowers this amount.";
            yield return new BriefParagraph(text, sources);
        }
        if (d.Dmepos is { } dme)
        {
            var first = dme.Rows[0];
            var label = first.Modifiers.Length == 0 ? "" : $" with modifier {first.Modifiers}";
            yield return new BriefParagraph(first.NonRuralRange is { } r
                ? $"On the DMEPOS fee schedule, the fee{label} runs from {r.Min} in {r.MinState} to {r.Max} in {r.MaxState} (non-rural)."
                : $"{d.Code} is on the DMEPOS fee schedule{label} without a non-rural fee.", [first.Source]);
        }
        foreach (var o in d.Opps.Where(o => o.Row.PaymentRate is not null).Take(1))
            yield return new BriefParagraph($"In a hospital outpatient department (OPPS) the national payment rate is {Dollars(o.Row.PaymentRate)}.", [o.Row.Source]);
        foreach (var a in d.Asc.Where(a => a.Row.PaymentRate is not null).Take(1))
            yield return new BriefParagraph($"In an ambulatory surgical center the national payment rate is {Dollars(a.Row.PaymentRate)}.", [a.Row.Source]);
        if (d.ClfsPrimary is null && d.Pfs.Count == 0 && d.Dmepos is null && d.Opps.Count == 0 && d.Asc.Count == 0)
            yield return new BriefParagraph($"No loaded Medicare fee schedule lists {d.Code}.");
    }

    /// <summary>A locality name in reading case ("ALASKA*" is "Alaska"); the tables print the file's own spelling.</summary>
    private static string Place(string name) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Name(name).ToLowerInvariant());
}
