using CodeBrief.Verify.Data;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// What the PFS RVU indicators say about a modifier on a code, in the words of the RVU25D record layout
/// (PC/TC indicator, bilateral, assistant-at-surgery, co-surgeon and team-surgeon indicators).
/// </summary>
internal static class ModifierRules
{
    /// <summary>The outcome: allowed, or the severity and the reason it is not.</summary>
    public sealed record Outcome(bool Allowed, Severity Severity, string Indicator, string Meaning);

    /// <summary>The PFS judgement of <paramref name="modifier"/> on a code, or null when no PFS indicator governs it.</summary>
    public static Outcome? Judge(string modifier, PfsEntry row) => modifier switch
    {
        "26" => Pctc(row.PctcIndicator, allowed: ["1", "6"], modifier),
        "TC" => Pctc(row.PctcIndicator, allowed: ["1"], modifier),
        "50" => row.BilateralSurgery switch
        {
            "1" or "3" => new(true, Severity.Info, $"BILAT SURG = {row.BilateralSurgery}", "bilateral payment rules apply"),
            "0" => new(false, Severity.Warning, "BILAT SURG = 0", "the 150% bilateral adjustment does not apply (anatomy, or a unilateral code with a bilateral code beside it)"),
            "2" => new(false, Severity.Warning, "BILAT SURG = 2", "the RVUs already assume a bilateral procedure"),
            var v => new(false, Severity.Error, $"BILAT SURG = {v}", "the bilateral concept does not apply to this code"),
        },
        "51" => row.MultipleProcedure switch
        {
            "9" => new(false, Severity.Error, "MULT PROC = 9", "the multiple-procedure concept does not apply to this code"),
            "0" => new(false, Severity.Warning, "MULT PROC = 0", "no multiple-procedure payment rule applies to this code"),
            var v => new(true, Severity.Info, $"MULT PROC = {v}", "multiple-procedure rules apply"),
        },
        "62" => Surgeons(row.CoSurgery, "CO-SURG", "co-surgeons"),
        "66" => Surgeons(row.TeamSurgery, "TEAM SURG", "team surgeons"),
        "80" or "81" or "82" or "AS" => row.AssistantSurgery switch
        {
            "2" => new(true, Severity.Info, "ASST SURG = 2", "an assistant at surgery may be paid"),
            "0" => new(false, Severity.Warning, "ASST SURG = 0", "the assistant-at-surgery payment restriction applies unless documentation establishes medical necessity"),
            "1" => new(false, Severity.Error, "ASST SURG = 1", "a statutory restriction applies: an assistant at surgery may not be paid"),
            var v => new(false, Severity.Error, $"ASST SURG = {v}", "the assistant-at-surgery concept does not apply to this code"),
        },
        // 78 is paid at the intra-operative share of the global package; without a global period there is none.
        "78" => row.GlobalDays is "XXX" or "ZZZ" or "MMM"
            ? new(false, Severity.Warning, $"GLOB DAYS = {row.GlobalDays}, INTRA OP = {row.IntraOperative}", GlobalMeaning(row.GlobalDays) + "; a return to the operating room is paid at the intra-operative share, which this code does not have")
            : new(true, Severity.Info, $"GLOB DAYS = {row.GlobalDays}", "the code has a global surgical package"),
        _ => null,
    };

    private static string GlobalMeaning(string days) => days switch
    {
        "XXX" => "the global surgery concept does not apply to the code",
        "ZZZ" => "the code is an add-on, always within the global period of another service",
        _ => "maternity code: the usual global period does not apply",
    };

    private static Outcome Pctc(string indicator, string[] allowed, string modifier)
    {
        var meaning = indicator switch
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
        var ok = allowed.Contains(indicator);
        return new(ok, ok ? Severity.Info : Severity.Error, $"PCTC IND = {indicator}", meaning);
    }

    private static Outcome Surgeons(string indicator, string column, string who) => indicator switch
    {
        "1" => new(true, Severity.Info, $"{column} = 1", $"{who} could be paid with documentation of medical necessity"),
        "2" => new(true, Severity.Info, $"{column} = 2", $"{who} permitted"),
        "0" => new(false, Severity.Error, $"{column} = 0", $"{who} are not permitted for this procedure"),
        var v => new(false, Severity.Error, $"{column} = {v}", $"the {who} concept does not apply to this code"),
    };
}
