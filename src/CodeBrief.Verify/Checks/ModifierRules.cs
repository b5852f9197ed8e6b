using CodeBrief.Analytics.Medicare;
using CodeBrief.Dossier;
using CodeBrief.Ingest.PfsRvu;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// What the PFS RVU indicators say about a modifier on a code. The decision is the Dossier's (<see cref="ModifierIndicators"/>),
/// so a brief never lists a modifier verify rejects; the words are Analytics' (<see cref="PfsIndicators"/>), so both describe
/// an indicator value the same way.
/// </summary>
internal static class ModifierRules
{
    /// <summary>The outcome: allowed, or the severity and the reason it is not.</summary>
    public sealed record Outcome(bool Allowed, Severity Severity, string Indicator, string Meaning);

    /// <summary>The PFS judgement of <paramref name="modifier"/> on a code, or null when no PFS indicator governs it.</summary>
    public static Outcome? Judge(string modifier, PfsRvuRow row)
    {
        var values = new ModifierIndicators.Values(row.PctcIndicator, row.GlobalDays, row.MultipleProcedure, row.BilateralSurgery,
            row.AssistantSurgery, row.CoSurgery, row.TeamSurgery);
        if (ModifierIndicators.Judge(modifier, values) is not { } verdict) return null;
        var (indicator, meaning) = Describe(modifier, row, verdict);
        var allowed = verdict is ModifierVerdict.Listed or ModifierVerdict.Accepted;
        var severity = verdict switch
        {
            ModifierVerdict.Restricted => Severity.Warning,
            ModifierVerdict.NotApplicable => Severity.Error,
            _ => Severity.Info,
        };
        return new Outcome(allowed, severity, indicator, meaning);
    }

    /// <summary>
    /// The indicator the verdict rests on and its meaning, in the words of <see cref="PfsIndicators"/> (the RVU layout), so a
    /// finding and the brief say the same thing about the same value.
    /// </summary>
    private static (string Indicator, string Meaning) Describe(string modifier, PfsRvuRow row, ModifierVerdict verdict) => modifier switch
    {
        "26" or "TC" => ($"PCTC IND = {row.PctcIndicator}", PfsIndicators.Pctc(row.PctcIndicator)),
        "50" => ($"BILAT SURG = {row.BilateralSurgery}", PfsIndicators.Bilateral(row.BilateralSurgery)),
        "51" => ($"MULT PROC = {row.MultipleProcedure}", PfsIndicators.MultipleProcedure(row.MultipleProcedure)),
        "62" => ($"CO-SURG = {row.CoSurgery}", PfsIndicators.CoSurgery(row.CoSurgery)),
        "66" => ($"TEAM SURG = {row.TeamSurgery}", PfsIndicators.TeamSurgery(row.TeamSurgery)),
        // 78 rests on the global period, which the layout describes without saying what it means for a return to the operating room.
        "78" when verdict == ModifierVerdict.Restricted => ($"GLOB DAYS = {row.GlobalDays}, INTRA OP = {row.IntraOperative}",
            PfsIndicators.GlobalDays(row.GlobalDays) + "; a return to the operating room is paid at the intra-operative share, which this code does not have"),
        "78" => ($"GLOB DAYS = {row.GlobalDays}", PfsIndicators.GlobalDays(row.GlobalDays)),
        _ => ($"ASST SURG = {row.AssistantSurgery}", PfsIndicators.AssistantSurgery(row.AssistantSurgery)),
    };
}
