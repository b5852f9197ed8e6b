using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// The meanings of the PFS RVU file's status code and payment policy indicators, in words, as the CMS record layout
/// for the RVU25D bundle (RVU25D.pdf) defines them. Unknown values return a sentence saying the layout does not define them.
/// </summary>
public static class PfsIndicators
{
    /// <summary>The layout document the meanings come from (the whole document, so row 0).</summary>
    public static readonly SourceRef Layout = new("pfs-rvu-layout", "RVU25D.pdf", "RVU25D", 0);

    /// <summary>SHA-256 of the CMS layout document the meanings were transcribed from.</summary>
    public const string LayoutSha256 = "d5a0fc0ec94a74b41f1613af9115a1d9fe2a9b47c821c939ecbe61305425bfbc";

    private static readonly Dictionary<string, string> StatusMeanings = new(StringComparer.Ordinal)
    {
        ["A"] = "active code, paid separately under the PFS",
        ["B"] = "bundled code, payment bundled into other services",
        ["C"] = "carrier priced, the Medicare contractor sets the payment",
        ["D"] = "deleted code",
        ["E"] = "excluded from the PFS by regulation",
        ["F"] = "deleted or discontinued code, no grace period",
        ["G"] = "not valid for Medicare purposes, another code is used",
        ["H"] = "deleted modifier for this code",
        ["I"] = "not valid for Medicare purposes, Medicare uses another code",
        ["J"] = "anesthesia service",
        ["M"] = "measurement code, used for reporting only",
        ["N"] = "non-covered service",
        ["P"] = "bundled or excluded code",
        ["R"] = "restricted coverage, paid only in special circumstances",
        ["T"] = "injection, paid only when no other PFS service is paid on the same day",
        ["X"] = "statutory exclusion, not in the PFS benefit (for example paid under another fee schedule)",
    };

    private static readonly Dictionary<string, string> PctcMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "physician service; the professional/technical split does not apply, modifiers 26 and TC cannot be used",
        ["1"] = "diagnostic test or radiology service with professional and technical components; modifiers 26 and TC can be used",
        ["2"] = "professional component only code; modifiers 26 and TC cannot be used",
        ["3"] = "technical component only code; modifiers 26 and TC cannot be used",
        ["4"] = "global test only code; modifiers 26 and TC cannot be used",
        ["5"] = "incident-to code; modifiers 26 and TC cannot be used",
        ["6"] = "laboratory physician interpretation code; only the professional component (modifier 26) is paid under the PFS",
        ["7"] = "private practice therapist service; the professional/technical split does not apply",
        ["8"] = "physician interpretation code; modifier TC cannot be used",
        ["9"] = "the professional/technical component concept does not apply",
    };

    private static readonly Dictionary<string, string> GlobalMeanings = new(StringComparer.Ordinal)
    {
        ["000"] = "0-day global period: endoscopic or minor procedure, visits on the day of the procedure are included",
        ["010"] = "10-day global period: minor procedure, visits on the day and in the 10 days after are included",
        ["090"] = "90-day global period: major surgery, the day before, the day of and 90 days after are included",
        ["MMM"] = "maternity code; the usual global period does not apply",
        ["XXX"] = "the global surgery concept does not apply",
        ["YYY"] = "the contractor sets the global period",
        ["ZZZ"] = "code related to another service and always included in that service's global period (add-on)",
    };

    private static readonly Dictionary<string, string> MultProcMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "no payment adjustment rules for multiple procedures apply",
        ["1"] = "standard multiple-procedure payment adjustment rules in effect before 1996 apply",
        ["2"] = "standard payment adjustment rules for multiple procedures apply (modifier 51)",
        ["3"] = "special rules for multiple endoscopic procedures apply",
        ["4"] = "multiple procedure payment reduction for diagnostic imaging applies",
        ["5"] = "multiple procedure payment reduction for therapy services applies",
        ["6"] = "multiple procedure payment reduction for diagnostic cardiovascular services applies",
        ["7"] = "multiple procedure payment reduction for diagnostic ophthalmology services applies",
        ["9"] = "the multiple-procedure concept does not apply",
    };

    private static readonly Dictionary<string, string> BilateralMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "150% bilateral payment adjustment does not apply",
        ["1"] = "150% payment adjustment for bilateral procedures applies (modifier 50)",
        ["2"] = "150% adjustment does not apply; the RVUs already cover both sides",
        ["3"] = "usual bilateral adjustment does not apply; each side is paid at 100% (modifier 50 or RT/LT)",
        ["9"] = "the bilateral surgery concept does not apply",
    };

    private static readonly Dictionary<string, string> AssistantMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "assistant at surgery paid only with documentation of medical necessity",
        ["1"] = "statutory payment restriction: assistant at surgery may not be paid",
        ["2"] = "payment restriction does not apply: assistant at surgery may be paid",
        ["9"] = "the assistant-at-surgery concept does not apply",
    };

    private static readonly Dictionary<string, string> CoSurgeonMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "co-surgeons not permitted",
        ["1"] = "co-surgeons may be paid with supporting documentation",
        ["2"] = "co-surgeons permitted, no documentation needed if the two-specialty requirement is met",
        ["9"] = "the co-surgeon concept does not apply",
    };

    private static readonly Dictionary<string, string> TeamMeanings = new(StringComparer.Ordinal)
    {
        ["0"] = "team surgeons not permitted",
        ["1"] = "team surgeons may be paid with supporting documentation",
        ["2"] = "team surgeons permitted, paid by report",
        ["9"] = "the team surgery concept does not apply",
    };

    /// <summary>Meaning of a status code.</summary>
    public static string Status(string code) => Lookup(StatusMeanings, code);

    /// <summary>Meaning of a PC/TC indicator.</summary>
    public static string Pctc(string code) => Lookup(PctcMeanings, code);

    /// <summary>Meaning of a global days value.</summary>
    public static string GlobalDays(string code) => Lookup(GlobalMeanings, code);

    /// <summary>Meaning of a multiple procedure indicator.</summary>
    public static string MultipleProcedure(string code) => Lookup(MultProcMeanings, code);

    /// <summary>Meaning of a bilateral surgery indicator.</summary>
    public static string Bilateral(string code) => Lookup(BilateralMeanings, code);

    /// <summary>Meaning of an assistant at surgery indicator.</summary>
    public static string AssistantSurgery(string code) => Lookup(AssistantMeanings, code);

    /// <summary>Meaning of a co-surgeon indicator.</summary>
    public static string CoSurgery(string code) => Lookup(CoSurgeonMeanings, code);

    /// <summary>Meaning of a team surgery indicator.</summary>
    public static string TeamSurgery(string code) => Lookup(TeamMeanings, code);

    /// <summary>Modifiers the layout itself names in its indicator definitions (so a rule citing the layout may print them).</summary>
    public static readonly IReadOnlySet<string> ModifiersNamedByLayout =
        new HashSet<string>(StringComparer.Ordinal) { "26", "TC", "50", "51", "RT", "LT", "62", "66", "80", "81", "82", "AS" };

    private static string Lookup(Dictionary<string, string> table, string code) =>
        string.IsNullOrWhiteSpace(code) ? "blank in the file"
        : table.TryGetValue(code.Trim(), out var meaning) ? meaning
        : $"value {code.Trim()} is not defined in the RVU25D layout";
}
