using System.Globalization;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    private static BriefSection Payers(CodeDossier d)
    {
        var blocks = new List<BriefBlock> { new BriefHeading("Medicare") };
        if (d.Clfs.Count > 0)
        {
            blocks.Add(new BriefParagraph("Clinical Laboratory Fee Schedule (national limitation amounts; indicator L means no national amount):"));
            blocks.Add(new BriefTable(["Code", "Modifier", "Indicator", "National limit", "Source"], d.Clfs.Select(c => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(c.Code, c.Source), BriefCell.Fact(c.Modifier.Length == 0 ? "none" : c.Modifier, c.Source),
                BriefCell.Fact(c.Indicator, c.Source),
                BriefCell.Fact(c.NationalLimit?.ToString() ?? "no national amount (priced locally)", c.Source), BriefCell.SourceOf(c.Source),
            ]).ToList()));
        }
        else blocks.Add(new BriefParagraph($"Clinical Laboratory Fee Schedule: the code is not on the loaded CLFS. {Na}"));

        if (d.Pfs.Count > 0)
        {
            var cf = d.Pfs.Select(p => p.Row.ConversionFactor).FirstOrDefault(x => x is not null);
            blocks.Add(new BriefParagraph(
                "Physician Fee Schedule: national amount = total RVU x conversion factor"
                + (cf is { } v ? $" ({v.ToString(CultureInfo.InvariantCulture)})" : "")
                + "; locality amount = (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x conversion factor, over every GPCI locality, rounded to cents at the end.",
                [d.Pfs[0].Row.Source, PfsIndicators.Layout]));
            blocks.Add(new BriefTable(["Modifier", "Status", "Non-facility national", "Facility national", "Non-facility locality range", "Facility locality range", "Source"],
                d.Pfs.Select(p => (IReadOnlyList<BriefCell>)
                [
                    BriefCell.Fact(p.Modifier.Length == 0 ? "none" : p.Modifier, p.Row.Source),
                    BriefCell.Fact(p.Row.Status, p.Row.Source),
                    BriefCell.Fact(Amount(p.Pricing.NonFacilityNational), p.Row.Source),
                    BriefCell.Fact(Amount(p.Pricing.FacilityNational), p.Row.Source),
                    RangeCell(p.Pricing, facility: false),
                    RangeCell(p.Pricing, facility: true),
                    BriefCell.SourceOf(p.Row.Source),
                ]).ToList()));
            blocks.AddRange(OppsCap(d));
            if (PfsStateMap(d) is { } map) blocks.Add(map);
        }
        else blocks.Add(new BriefParagraph($"Physician Fee Schedule: the code is not in the loaded PFS RVU file. {Na}"));
        blocks.AddRange(Dmepos(d));
        if (DmeposStateMap(d) is { } dmeMap) blocks.Add(dmeMap);
        blocks.AddRange(Location(d));

        blocks.AddRange(Anesthesia(d));
        blocks.AddRange(Outpatient(d));
        blocks.AddRange(Commercial(d));
        return new BriefSection("payer-coverage", "Payer Coverage & Reimbursement", blocks);
    }

    /// <summary>A national amount with the OPPS cap beside it: which applies, and the PFS figure the cap replaces.</summary>
    private static string Amount(PfsSettingAmount a) => a switch
    {
        { Amount: { } paid, OppsCap: { Capped: true, PfsAmount: { } pfs } } => $"{paid} (OPPS-capped; PFS {pfs} {OppsCapFigure.BeforeCapPhrase})",
        { Amount: { } paid, OppsCap: not null } => $"{paid} (not capped: at or below the OPPS cap)",
        { Amount: not null } => a.ToString(),
        { OppsCap: { } ceiling } => $"{a}; OPPS cap ceiling {ceiling.Cap}",
        _ => a.ToString(),
    };

    /// <summary>The locality range paid, and for a code row the OPPS cap file names, the PFS range before the cap (or,
    /// for a carrier-priced code, the cap rows' range as the ceiling).</summary>
    private static BriefCell RangeCell(PfsPricing pricing, bool facility)
    {
        var range = facility ? pricing.FacilityRange : pricing.NonFacilityRange;
        var national = facility ? pricing.FacilityNational : pricing.NonFacilityNational;
        var cap = pricing.OppsCap;
        var capRange = facility ? cap?.CapFacilityRange : cap?.CapNonFacilityRange;
        var capSources = CapSources(pricing, capRange, facility);
        if (range is null)
        {
            var text = national.NotPricedReason is not null ? "not priced" : NotAvailable.Text;
            return capRange is null
                ? BriefCell.Label(text)
                : new BriefCell($"{text}; OPPS cap ceiling {capRange.Min} ({capRange.MinLocality.Name}) to {capRange.Max} ({capRange.MaxLocality.Name}), "
                    + $"{capRange.Localities} localities", capSources);
        }
        var paid = $"{range.Min} ({range.MinLocality.Name}) to {range.Max} ({range.MaxLocality.Name}), {range.Localities} localities";
        var pfsRange = facility ? cap?.PfsFacilityRange : cap?.PfsNonFacilityRange;
        var capped = facility ? pricing.Localities.Count(l => l.Facility.OppsCap?.Capped == true) : cap?.CappedLocalities ?? 0;
        if (cap is null || pfsRange is null) return new BriefCell(paid, [range.MinLocality.Source, range.MaxLocality.Source]);
        return new BriefCell(capped == 0
            ? $"{paid}; not capped in any locality (at or below the OPPS cap)"
            : $"{paid}, OPPS-capped in {capped}; PFS {OppsCapFigure.BeforeCapPhrase} {pfsRange.Min} to {pfsRange.Max}",
            [range.MinLocality.Source, range.MaxLocality.Source, .. capSources]);
    }

    /// <summary>The cap file rows of the two ends of a cap range.</summary>
    private static List<SourceRef> CapSources(PfsPricing pricing, LocalityRange? capRange, bool facility)
    {
        var list = new List<SourceRef>();
        if (capRange is null) return list;
        foreach (var end in new[] { capRange.MinLocality, capRange.MaxLocality })
        {
            var amount = pricing.Localities.FirstOrDefault(l => ReferenceEquals(l.Locality, end));
            if ((facility ? amount?.Facility : amount?.NonFacility)?.OppsCap?.Source is { } source) list.Add(source);
        }
        return list;
    }

    /// <summary>
    /// The OPPS imaging cap in words, when the cap file names any of the code's rows, and the cap rows that could not be
    /// used (a carrier and locality the GPCI file does not list) or localities without a cap row.
    /// </summary>
    private static IEnumerable<BriefBlock> OppsCap(CodeDossier d)
    {
        var named = d.Pfs.Where(p => p.Pricing.OppsCap is not null).ToList();
        if (named.Count == 0) yield break;
        var capFile = named.Select(p => p.Pricing.OppsCap!.UnknownLocalities.FirstOrDefault()?.Source
            ?? p.Pricing.Localities.Select(l => l.NonFacility.OppsCap?.Source ?? l.Facility.OppsCap?.Source).FirstOrDefault(s => s is not null))
            .FirstOrDefault(s => s is not null);
        List<SourceRef> basis = [named[0].Row.Source, PfsIndicators.Layout];
        if (capFile is { } file) basis.Add(file with { Row = 0 });
        yield return new BriefParagraph(
            "OPPS imaging cap (the Deficit Reduction Act cap on imaging, as the RVU25D layout states it): the OPPS cap file names "
            + string.Join(", ", named.Select(p => p.Modifier.Length == 0 ? "the global service" : p.Modifier))
            + ". The amounts above are what is paid: the lesser of the PFS amount and the OPPS amount, nationally (work RVU + PE RVU used "
            + "for OPPS + MP RVU used for OPPS) x conversion factor, in each locality the cap file's row for its carrier and locality. "
            + "For a carrier-priced code the cap is the ceiling of the contractor's price. A setting with the NA indicator stays unpriced.",
            basis);
        foreach (var p in named)
        {
            var cap = p.Pricing.OppsCap!;
            var label = p.Modifier.Length == 0 ? d.Code : $"{d.Code}-{p.Modifier}";
            if (cap.UnknownLocalities.Count > 0)
                yield return new BriefParagraph(
                    $"{label}: {cap.UnknownLocalities.Count} OPPS cap rows name a carrier and locality the GPCI file does not list, so they are not used: "
                    + string.Join(", ", cap.UnknownLocalities.Select(u => $"{u.Mac}/{u.Locality}")) + ".",
                    [.. cap.UnknownLocalities.Select(u => u.Source)]);
            if (cap.LocalitiesWithoutCapRow.Count > 0)
                yield return new BriefParagraph(
                    $"{label}: the OPPS cap file has no row for {cap.LocalitiesWithoutCapRow.Count} GPCI localities, which are priced from the PFS alone: "
                    + string.Join(", ", cap.LocalitiesWithoutCapRow.Select(l => $"{l.Mac}/{l.Locality} {l.Name}")) + ".",
                    [.. cap.LocalitiesWithoutCapRow.Select(l => l.Source)]);
        }
    }
}
