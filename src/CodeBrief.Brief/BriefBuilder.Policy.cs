using CodeBrief.Brief.Model;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    private static BriefSection Policy(CodeDossier d)
    {
        var items = new List<BriefParagraph>();
        if (d.Mue.Count == 0) items.Add(new BriefParagraph($"Medically unlikely edit (MUE): {Na}"));
        foreach (var m in d.Mue)
            items.Add(new BriefParagraph($"MUE ({m.Setting}): {(m.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : Na)} units per day"
                + (m.AdjudicationIndicator is { } ai ? $", adjudication indicator {ai}" : "") + (m.Rationale is { } r ? $", rationale: {r}" : "") + ".", [m.Source]));
        var global = d.Pfs.FirstOrDefault(p => p.Modifier.Length == 0) ?? d.Pfs.FirstOrDefault();
        items.Add(global is null
            ? new BriefParagraph($"Global surgical period: {Na}")
            : new BriefParagraph($"Global surgical period: {global.Row.GlobalDays} (see the glossary).", [global.Row.Source]));
        if (global is not null)
        {
            items.Add(new BriefParagraph($"Surgery indicators: multiple procedures {global.Row.MultipleProcedure}, bilateral {global.Row.BilateralSurgery}, "
                + $"assistant at surgery {global.Row.AssistantSurgery}, co-surgeons {global.Row.CoSurgery}, team surgery {global.Row.TeamSurgery} (meanings in the glossary).",
                [global.Row.Source]));
        }
        var addOnEdits = d.AddOns.Where(a => a.DeletionDate is null).ToList();
        var asAddOn = addOnEdits.FirstOrDefault(a => a.AddOnCode == d.Code);
        var asPrimary = addOnEdits.Count(a => a.PrimaryCode == d.Code);
        items.Add(asAddOn is not null
            ? new BriefParagraph($"Add-on code: yes, NCCI AOC edit {asAddOn.EditTypeMeaning}.", [asAddOn.Source])
            : asPrimary > 0
                ? new BriefParagraph("Add-on code: no; the code is a primary code for the add-on codes listed under related codes.", addOnEdits.Where(a => a.PrimaryCode == d.Code).Select(a => a.Source).ToList())
                : new BriefParagraph("Add-on code: the loaded NCCI add-on edits do not name this code."));
        foreach (var p in d.Pfs)
            items.Add(new BriefParagraph($"Medicare PFS coverage status{(p.Modifier.Length == 0 ? "" : $" (modifier {p.Modifier})")}: {p.Row.Status} (see the glossary).", [p.Row.Source]));
        if (d.LevelII?.Coverage is { } cov)
            items.Add(new BriefParagraph($"HCPCS Level II coverage code: {cov}.", [d.LevelII.Source]));
        items.AddRange(Utilization(d));
        return new BriefSection("policy-notes", "Policy & Billing Notes", [new BriefList(items)]);
    }
}
