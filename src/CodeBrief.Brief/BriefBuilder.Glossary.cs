using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>
    /// What the indicator codes printed in the brief mean, in one place: the PFS indicators in the words of the RVU file
    /// layout, OPPS and ASC indicators in CodeBrief's words after CMS's addenda, DMEPOS payment categories.
    /// </summary>
    private static BriefSection Glossary(CodeDossier d)
    {
        var rows = new List<IReadOnlyList<BriefCell>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Row(string term, string value, string meaning, SourceRef source)
        {
            if (!seen.Add(term + "\u0001" + value)) return;
            rows.Add([BriefCell.Label(term), BriefCell.Label(value), new BriefCell(meaning, [source])]);
        }
        foreach (var p in d.Pfs)
        {
            Row("PFS status", p.Row.Status, p.StatusMeaning, PfsIndicators.Layout);
            Row("PC/TC indicator", p.Row.PctcIndicator, p.PctcMeaning, PfsIndicators.Layout);
            Row("Global days", p.Row.GlobalDays, p.GlobalDaysMeaning, PfsIndicators.Layout);
            Row("Multiple procedures", p.Row.MultipleProcedure, p.MultipleProcedureMeaning, PfsIndicators.Layout);
            Row("Bilateral surgery", p.Row.BilateralSurgery, p.BilateralMeaning, PfsIndicators.Layout);
            Row("Assistant at surgery", p.Row.AssistantSurgery, p.AssistantMeaning, PfsIndicators.Layout);
            Row("Co-surgeons", p.Row.CoSurgery, p.CoSurgeonMeaning, PfsIndicators.Layout);
            Row("Team surgery", p.Row.TeamSurgery, p.TeamMeaning, PfsIndicators.Layout);
        }
        foreach (var o in d.Opps) Row("OPPS status indicator", o.Row.StatusIndicator, o.StatusMeaning, OutpatientIndicators.OppsWording);
        foreach (var a in d.Asc) Row("ASC payment indicator", a.Row.PaymentIndicator, a.IndicatorMeaning, OutpatientIndicators.AscWording);
        if (d.Dmepos is { } dme)
            foreach (var r in dme.Rows) Row("DMEPOS payment category", r.Category, r.CategoryMeaning, r.Source);
        List<BriefBlock> blocks = rows.Count == 0
            ? [new BriefParagraph("The brief prints no indicator code that needs explaining.")]
            : [new BriefParagraph("The indicator codes this brief prints, with what they mean."), new BriefTable(["Indicator", "Value", "Meaning"], rows)];
        return new BriefSection("glossary", "Glossary", blocks);
    }
}
