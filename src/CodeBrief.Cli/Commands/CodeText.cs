using CodeBrief.Analytics.Medicare;
using System.Globalization;
using System.Text;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Cli.Commands;

/// <summary>The plain-text form of a dossier for <c>codebrief code</c>.</summary>
internal static class CodeText
{
    public static string Format(CodeDossier d)
    {
        var sb = new StringBuilder();
        var c = d.Classification;
        sb.Append(CultureInfo.InvariantCulture, $"{d.Code}  {c.TypeLabel}; {c.Family ?? NotAvailable.Text}{(c.Subfamily is null ? "" : " / " + c.Subfamily)}\n");
        sb.Append("Descriptors:\n");
        if (d.Descriptors.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var x in d.Descriptors) sb.Append(CultureInfo.InvariantCulture, $"  {x.Label}: {x.Text}  [{x.Source}]\n");
        if (d.LevelII is { } l2)
            sb.Append(CultureInfo.InvariantCulture, $"HCPCS Level II: coverage {l2.Coverage}, BETOS {l2.Betos}, added {l2.AddDate}, effective {l2.EffectiveDate}, terminated {l2.TerminationDate ?? "-"}, action {l2.ActionCode}  [{l2.Source}]\n");
        sb.Append("PFS rows:\n");
        if (d.Pfs.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var p in d.Pfs)
        {
            var r = p.Row;
            sb.Append(CultureInfo.InvariantCulture, $"  {(p.Modifier.Length == 0 ? "(global)" : p.Modifier)}  [{r.Source}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"    status {r.Status}: {p.StatusMeaning}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    RVUs: work {r.WorkRvu}, PE non-facility {r.NonFacilityPeRvu}{(r.NonFacilityNotApplicable ? " (NA)" : "")}, PE facility {r.FacilityPeRvu}{(r.FacilityNotApplicable ? " (NA)" : "")}, MP {r.MalpracticeRvu}; totals {r.NonFacilityTotal} / {r.FacilityTotal}; CF {r.ConversionFactor}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    PC/TC {r.PctcIndicator}: {p.PctcMeaning}\n    global {r.GlobalDays}: {p.GlobalDaysMeaning}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    mult-proc {r.MultipleProcedure}: {p.MultipleProcedureMeaning}\n    bilateral {r.BilateralSurgery}: {p.BilateralMeaning}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    assistant {r.AssistantSurgery}: {p.AssistantMeaning}\n    co-surgeon {r.CoSurgery}: {p.CoSurgeonMeaning}\n    team {r.TeamSurgery}: {p.TeamMeaning}\n");
            var pr = p.Pricing;
            sb.Append(CultureInfo.InvariantCulture, $"    national: non-facility {pr.NonFacilityNational}, facility {pr.FacilityNational}\n");
            if (pr.NonFacilityRange is { } nf) sb.Append(CultureInfo.InvariantCulture, $"    localities non-facility: {nf.Min} ({nf.MinLocality.Name}) to {nf.Max} ({nf.MaxLocality.Name}) over {nf.Localities}\n");
            if (pr.FacilityRange is { } f) sb.Append(CultureInfo.InvariantCulture, $"    localities facility: {f.Min} ({f.MinLocality.Name}) to {f.Max} ({f.MaxLocality.Name}) over {f.Localities}\n");
            if (pr.OppsCap is { } cap) AppendOppsCap(sb, pr, cap);
        }
        if (d.Location is { } place)
        {
            sb.Append(CultureInfo.InvariantCulture, $"In {place.Asked} ({place.State}){(place.ZipSource is { } z ? $"  [{z}]" : "")}:\n");
            if (place.Locality is { } l)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  locality {l.Mac}-{l.Locality} {l.Name}  [{l.Source}]\n");
                foreach (var a in place.Pfs)
                    sb.Append(CultureInfo.InvariantCulture, $"  {(a.Modifier.Length == 0 ? "(global)" : a.Modifier)}: non-facility {a.Amount.NonFacility}, facility {a.Amount.Facility}  [{a.Source}]\n");
            }
            else
                sb.Append("  the ZIP spans several localities (it needs the ZIP+4 file); candidates: ")
                  .Append(string.Join("; ", place.Candidates.Select(c => $"{c.Mac}-{c.Locality} {c.Name}"))).Append('\n');
            if (place.Anesthesia is { } anesthesia)
                sb.Append(CultureInfo.InvariantCulture, $"  anesthesia conversion factor: {anesthesia.ConversionFactor}  [{anesthesia.Row.Source}]\n");
            foreach (var f in place.Dmepos)
                sb.Append(CultureInfo.InvariantCulture, $"  DMEPOS {(f.Modifiers.Length == 0 ? "(no modifier)" : f.Modifiers)} {f.Fee.State} {(f.Fee.Rural ? "rural" : "non-rural")}: {f.Fee.Fee?.ToString() ?? f.Fee.Note}  [{f.Fee.Source}]\n");
        }
        sb.Append("CLFS:\n");
        if (d.Clfs.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var x in d.Clfs)
            sb.Append(CultureInfo.InvariantCulture, $"  {(x.Modifier.Length == 0 ? "(no modifier)" : x.Modifier)} indicator {x.Indicator}: national limit {x.NationalLimit?.ToString() ?? "none (priced locally)"}  [{x.Source}]\n");
        sb.Append("NCCI add-on edits:\n");
        if (d.AddOns.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var a in d.AddOns)
            sb.Append(CultureInfo.InvariantCulture, $"  add-on {a.AddOnCode} with primary {a.PrimaryCode}, {a.EditTypeMeaning}, effective {a.EffectiveDate}, deleted {a.DeletionDate ?? "-"}  [{a.Source}]\n");
        sb.Append("NCCI PTP edits:\n");
        if (d.Ptp.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var p in d.Ptp)
            sb.Append(CultureInfo.InvariantCulture, $"  {p.Column1} / {p.Column2} ({p.Setting}) modifier indicator {p.ModifierIndicatorMeaning}  [{p.Source}]\n");
        sb.Append("MUE:\n");
        if (d.Mue.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var m in d.Mue) sb.Append(CultureInfo.InvariantCulture, $"  {m.Setting}: {m.Value} units, adjudication {m.AdjudicationIndicator}  [{m.Source}]\n");
        CodeTextPayments.Append(sb, d);
        return sb.ToString();
    }

    /// <summary>The OPPS imaging cap of one PFS row: the national cap and which applies, the PFS and cap locality ranges,
    /// and cap rows or localities that could not be paired.</summary>
    private static void AppendOppsCap(StringBuilder sb, PfsPricing pr, OppsCapSummary cap)
    {
        sb.Append(CultureInfo.InvariantCulture, $"    OPPS cap: {cap.CapRows} cap rows; non-facility capped in {cap.CappedLocalities} of {pr.Localities.Count} localities\n");
        if (pr.NonFacilityNational.OppsCap is { } n)
            sb.Append(CultureInfo.InvariantCulture, $"      national non-facility: PFS {n.PfsAmount?.ToString() ?? "not priced"}, OPPS cap {n.Cap}: {n.Applies}  [{n.Source}]\n");
        if (pr.FacilityNational.OppsCap is { } f)
            sb.Append(CultureInfo.InvariantCulture, $"      national facility: PFS {f.PfsAmount?.ToString() ?? "not priced"}, OPPS cap {f.Cap}: {f.Applies}  [{f.Source}]\n");
        if (cap.PfsNonFacilityRange is { } p)
            sb.Append(CultureInfo.InvariantCulture, $"      localities non-facility {OppsCapFigure.BeforeCapPhrase}: {p.Min} ({p.MinLocality.Name}) to {p.Max} ({p.MaxLocality.Name})\n");
        if (cap.CapNonFacilityRange is { } c)
            sb.Append(CultureInfo.InvariantCulture, $"      cap rows non-facility{(pr.NonFacilityRange is null ? " (ceiling)" : "")}: {c.Min} ({c.MinLocality.Name}) to {c.Max} ({c.MaxLocality.Name}) over {c.Localities}\n");
        foreach (var u in cap.UnknownLocalities)
            sb.Append(CultureInfo.InvariantCulture, $"      cap row for {u.Mac}/{u.Locality} not used: the GPCI file does not list that carrier and locality  [{u.Source}]\n");
        foreach (var l in cap.LocalitiesWithoutCapRow)
            sb.Append(CultureInfo.InvariantCulture, $"      no cap row for {l.Mac}/{l.Locality} {l.Name}: priced from the PFS alone\n");
    }
}
