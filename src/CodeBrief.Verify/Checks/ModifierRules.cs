using CodeBrief.Dossier;
using CodeBrief.Ingest.PfsRvu;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Words for what the PFS RVU indicators say about a modifier on a code, in the language of the RVU25D record layout. The
/// decision itself is the Dossier's (<see cref="ModifierIndicators"/>), so a brief never lists a modifier verify rejects.
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

    private static (string Indicator, string Meaning) Describe(string modifier, PfsRvuRow row, ModifierVerdict verdict) => modifier switch
    {
        "26" or "TC" => ($"PCTC IND = {row.PctcIndicator}", PctcMeaning(row.PctcIndicator)),
        "50" => ($"BILAT SURG = {row.BilateralSurgery}", row.BilateralSurgery switch
        {
            "1" or "3" => "bilateral payment rules apply",
            "0" => "the 150% bilateral adjustment does not apply (anatomy, or a unilateral code with a bilateral code beside it)",
            "2" => "the RVUs already assume a bilateral procedure",
            _ => "the bilateral concept does not apply to this code",
        }),
        "51" => ($"MULT PROC = {row.MultipleProcedure}", row.MultipleProcedure switch
        {
            "9" => "the multiple-procedure concept does not apply to this code",
            "0" => "no multiple-procedure payment rule applies to this code",
            _ => "multiple-procedure rules apply",
        }),
        "62" => Surgeons(row.CoSurgery, "CO-SURG", "co-surgeons"),
        "66" => Surgeons(row.TeamSurgery, "TEAM SURG", "team surgeons"),
        "78" => verdict == ModifierVerdict.Restricted
            ? ($"GLOB DAYS = {row.GlobalDays}, INTRA OP = {row.IntraOperative}", GlobalMeaning(row.GlobalDays) + "; a return to the operating room is paid at the intra-operative share, which this code does not have")
            : ($"GLOB DAYS = {row.GlobalDays}", "the code has a global surgical package"),
        _ => ($"ASST SURG = {row.AssistantSurgery}", row.AssistantSurgery switch
        {
            "2" => "an assistant at surgery may be paid",
            "0" => "the assistant-at-surgery payment restriction applies unless documentation establishes medical necessity",
            "1" => "a statutory restriction applies: an assistant at surgery may not be paid",
            _ => "the assistant-at-surgery concept does not apply to this code",
        }),
    };

    private static string GlobalMeaning(string days) => days switch
    {
        "XXX" => "the global surgery concept does not apply to the code",
        "ZZZ" => "the code is an add-on, always within the global period of another service",
        _ => "maternity code: the usual global period does not apply",
    };

    private static string PctcMeaning(string indicator) => indicator switch
    {
        "0" => "physician service: the PC/TC split does not apply; modifiers 26 and TC cannot be used",
        "1" => "diagnostic test with professional and technical components; 26 and TC can be used",
        "2" => "professional-component-only code; 26 and TC cannot be used",
        "3" => "technical-component-only code; 26 and TC cannot be used",
        "4" => "global-test-only code; 26 and TC cannot be used",
        "5" => "incident-to service; 26 and TC cannot be used",
        "6" => "laboratory physician interpretation code; TC cannot be used",
        "7" => "physical therapy service; 26 and TC cannot be used",
        "8" => "physician interpretation code; TC billing is not recognised",
        "9" => "the professional/technical component concept does not apply",
        _ => "indicator not defined in the RVU layout",
    };

    private static (string, string) Surgeons(string indicator, string column, string who) => ($"{column} = {indicator}", indicator switch
    {
        "1" => $"{who} could be paid with documentation of medical necessity",
        "2" => $"{who} permitted",
        "0" => $"{who} are not permitted for this procedure",
        _ => $"the {who} concept does not apply to this code",
    });
}
