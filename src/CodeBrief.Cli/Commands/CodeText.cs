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
            sb.Append(CultureInfo.InvariantCulture, $"    national: non-facility {pr.NonFacilityNational.Amount?.ToString() ?? "not priced (" + pr.NonFacilityNational.NotPricedReason + ")"}, facility {pr.FacilityNational.Amount?.ToString() ?? "not priced (" + pr.FacilityNational.NotPricedReason + ")"}\n");
            if (pr.NonFacilityRange is { } nf) sb.Append(CultureInfo.InvariantCulture, $"    localities non-facility: {nf.Min} ({nf.MinLocality.Name}) to {nf.Max} ({nf.MaxLocality.Name}) over {nf.Localities}\n");
            if (pr.FacilityRange is { } f) sb.Append(CultureInfo.InvariantCulture, $"    localities facility: {f.Min} ({f.MinLocality.Name}) to {f.Max} ({f.MaxLocality.Name}) over {f.Localities}\n");
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
}
