using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Analytics.Medicare;

namespace CodeBrief.Dossier;

/// <summary>
/// The one place that reads the PFS RVU indicators (RVU25D record layout: PC/TC, global days, multiple procedure, bilateral,
/// assistant-at-surgery, co-surgeon and team-surgeon) as rules for modifiers, and the CLFS rules for laboratory modifiers.
/// <see cref="ModifierRules"/> lists the modifiers judged <see cref="ModifierVerdict.Listed"/>; verify judges a page's
/// modifiers with the same verdicts.
/// </summary>
public static class ModifierIndicators
{
    /// <summary>The PFS row values the rules read, as the RVU file writes them.</summary>
    /// <param name="Pctc">PCTC IND.</param>
    /// <param name="GlobalDays">GLOB DAYS (000, 010, 090, XXX, YYY, ZZZ, MMM).</param>
    /// <param name="MultipleProcedure">MULT PROC.</param>
    /// <param name="Bilateral">BILAT SURG.</param>
    /// <param name="Assistant">ASST SURG.</param>
    /// <param name="CoSurgeon">CO SURG.</param>
    /// <param name="Team">TEAM SURG.</param>
    public readonly record struct Values(string Pctc, string GlobalDays, string MultipleProcedure, string Bilateral, string Assistant, string CoSurgeon, string Team);

    /// <summary>The values of a PFS RVU row.</summary>
    public static Values Of(PfsRvuRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.PctcIndicator, row.GlobalDays, row.MultipleProcedure, row.BilateralSurgery, row.AssistantSurgery, row.CoSurgery, row.TeamSurgery);
    }

    /// <summary>The verdict on <paramref name="modifier"/> for a code with the PFS indicator <paramref name="values"/>, or null when no PFS indicator governs it.</summary>
    /// <remarks>For 26 and TC, pass the values of the row that governs the split (the code's 26 or TC row when it has one).</remarks>
    public static ModifierVerdict? Judge(string modifier, Values values) => modifier switch
    {
        "26" => values.Pctc is "1" or "6" ? ModifierVerdict.Listed : ModifierVerdict.NotApplicable,
        "TC" => values.Pctc == "1" ? ModifierVerdict.Listed : ModifierVerdict.NotApplicable,
        "50" => values.Bilateral switch
        {
            "1" or "3" => ModifierVerdict.Listed,
            "0" or "2" => ModifierVerdict.Restricted,
            _ => ModifierVerdict.NotApplicable,
        },
        "51" => values.MultipleProcedure switch
        {
            "1" or "2" or "3" => ModifierVerdict.Listed,
            "0" => ModifierVerdict.Restricted,
            "9" => ModifierVerdict.NotApplicable,
            // 4-7 are the imaging, therapy, cardiovascular and ophthalmology reductions: applied by the MAC, not called for by 51.
            _ => ModifierVerdict.Accepted,
        },
        "62" => Surgeons(values.CoSurgeon),
        "66" => Surgeons(values.Team),
        "80" or "81" or "82" or "AS" => values.Assistant switch
        {
            "2" => ModifierVerdict.Listed,
            "0" => ModifierVerdict.Restricted,
            _ => ModifierVerdict.NotApplicable,
        },
        // 78 is paid at the intra-operative share of a global package; without a global period there is none.
        "78" => values.GlobalDays is "XXX" or "ZZZ" or "MMM" ? ModifierVerdict.Restricted : ModifierVerdict.Accepted,
        _ => null,
    };

    /// <summary>True for the laboratory modifiers the CLFS governs (90, 91, QW).</summary>
    public static bool IsLaboratory(string modifier) => modifier is "90" or "91" or "QW";

    /// <summary>
    /// Whether a laboratory modifier applies: 90 and 91 to any code on the CLFS, QW only to a code the CLFS lists with QW
    /// (a CLIA-waived version of the test).
    /// </summary>
    public static bool LaboratoryApplies(string modifier, bool onClfs, bool clfsListsQw) => modifier switch
    {
        "90" or "91" => onClfs,
        "QW" => onClfs && clfsListsQw,
        _ => false,
    };

    private static ModifierVerdict Surgeons(string indicator) =>
        indicator is "1" or "2" ? ModifierVerdict.Listed : ModifierVerdict.NotApplicable;
}
