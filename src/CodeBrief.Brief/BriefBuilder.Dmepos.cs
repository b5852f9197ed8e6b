using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>The Medicare part's DMEPOS fee schedule: per modifier row the payment category, the range of fees across
    /// states (non-rural, and rural where the row has rural fees), ceiling and floor; then every state's fees.</summary>
    private static List<BriefBlock> Dmepos(CodeDossier d)
    {
        if (d.Dmepos is not { } fact)
            return [new BriefParagraph($"DMEPOS fee schedule: the code has no row on the loaded DMEPOS fee schedule, or no DMEPOS fee schedule is loaded. {Na}")];
        var rows = fact.Rows;
        var blocks = new List<BriefBlock>
        {
            new BriefParagraph("DMEPOS fee schedule: a fee per state and payment modifier row; the rural fee applies in the ZIP codes CMS's "
                + "DMEPOS rural ZIP file lists as rural. A 0 in the file means no fee for that state and setting and is shown as such, never as an amount.",
                [rows[0].Source]),
            new BriefTable(["Modifier", "Payment category", "Non-rural fee across states", "Rural fee across states", "Ceiling and floor", "Source"],
                rows.Select(r => (IReadOnlyList<BriefCell>)
                [
                    BriefCell.Fact(r.Modifiers.Length == 0 ? "none" : r.Modifiers, r.Source),
                    BriefCell.Fact($"{r.Category}: {r.CategoryMeaning}", r.Source),
                    BriefCell.Fact(RangeText(r.NonRuralRange, "no non-rural fee in any state"), r.Source),
                    BriefCell.Fact(RangeText(r.RuralRange, "no rural fee in any state"), r.Source),
                    BriefCell.Fact(CeilingFloorText(r), r.Source),
                    BriefCell.SourceOf(r.Source),
                ]).ToList()),
            new BriefParagraph("DMEPOS fee by state (non-rural; rural), one column per modifier row from the row it cites:", rows.Select(r => r.Source).ToList()),
            new BriefTable(["State", .. rows.Select(r => r.Modifiers.Length == 0 ? "No modifier" : r.Modifiers)],
                rows[0].States.Select(s => (IReadOnlyList<BriefCell>)
                [
                    BriefCell.Label(s.State),
                    .. rows.Select(r => BriefCell.Fact(StateText(r.States.FirstOrDefault(x => x.State == s.State)), r.Source)),
                ]).ToList()),
        };
        return blocks;
    }

    private static string RangeText(DmeposFeeRange? r, string none) => r is null ? none
        : r.States == 1 ? $"{r.Min} ({r.MinState}) only"
        : r.Min == r.Max ? $"{r.Min} in each of the {r.States} states with a fee"
        : $"{r.Min} ({r.MinState}) to {r.Max} ({r.MaxState}), {r.States} states";

    private static string CeilingFloorText(DmeposModifierPricing r) => (r.Ceiling, r.Floor) switch
    {
        (null, null) => "not used",
        ({ } c, { } f) => $"ceiling {c}, floor {f}",
        ({ } c, null) => $"ceiling {c}",
        (null, { } f) => $"floor {f}",
    };

    private static string StateText(DmeposStateFee? s) => s is null ? "not in the file"
        : $"{s.NonRural?.ToString() ?? "no fee"}; {(s.Rural is { } rural ? $"rural {rural}" : "no rural fee")}";
}
