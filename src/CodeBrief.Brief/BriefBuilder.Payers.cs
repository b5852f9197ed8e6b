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
                    BriefCell.Fact($"{p.Row.Status}: {p.StatusMeaning}", p.Row.Source),
                    BriefCell.Fact(Amount(p.Pricing.NonFacilityNational), p.Row.Source),
                    BriefCell.Fact(Amount(p.Pricing.FacilityNational), p.Row.Source),
                    RangeCell(p.Pricing.NonFacilityRange, p.Pricing.NonFacilityNational),
                    RangeCell(p.Pricing.FacilityRange, p.Pricing.FacilityNational),
                    BriefCell.SourceOf(p.Row.Source),
                ]).ToList()));
        }
        else blocks.Add(new BriefParagraph($"Physician Fee Schedule: the code is not in the loaded PFS RVU file. {Na}"));

        blocks.AddRange(Anesthesia(d));
        blocks.AddRange(Outpatient(d));
        blocks.AddRange(Commercial(d));
        return new BriefSection("payer-coverage", "Payer Coverage & Reimbursement", blocks);
    }

    private static string Amount(PfsSettingAmount a) => a.Amount?.ToString() ?? $"not priced ({a.NotPricedReason})";

    private static BriefCell RangeCell(LocalityRange? r, PfsSettingAmount national) => r is null
        ? BriefCell.Label(national.NotPricedReason is not null ? "not priced" : NotAvailable.Text)
        : new BriefCell($"{r.Min} ({r.MinLocality.Name}) to {r.Max} ({r.MaxLocality.Name}), {r.Localities} localities",
            [r.MinLocality.Source, r.MaxLocality.Source]);
}
