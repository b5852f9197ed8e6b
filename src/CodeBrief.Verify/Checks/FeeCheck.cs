using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Medicare dollar amounts on the page against the amounts the brief itself prints (<see cref="MedicareSchedule"/>): the
/// CLFS national limit and the PFS national amounts (non-facility and facility, global/26/TC), bounded by the locality
/// range when the page names no locality. An amount for a code or setting the PFS does not pay (status, NA indicator) is
/// an error. Only amounts the page attributes to Medicare are checked; commercial payers' rates legitimately differ.
/// </summary>
internal static partial class FeeCheck
{
    private static readonly string[] OtherPayers = ["aetna", "cigna", "unitedhealthcare", "united healthcare", "blue cross", "bcbs", "humana", "anthem", "commercial"];

    public static IReadOnlyList<CheckedToken> Run(VerifyContext c)
    {
        var checkedAmounts = new List<CheckedToken>();
        var schedules = new Dictionary<string, MedicareSchedule>(StringComparer.Ordinal);
        MedicareSchedule ScheduleOf(string code) => schedules.TryGetValue(code, out var s) ? s : schedules[code] = MedicareSchedule.Of(c, code);
        foreach (var p in c.Page.Paragraphs)
            foreach (var sentence in Sentences(p.Text))
                if (IsMedicareOnly(sentence))
                {
                    var code = CodeIn(sentence) ?? c.Subject;
                    Check(c, sentence, p.Line, p.Section, code, ScheduleOf(code), checkedAmounts);
                }
        foreach (var table in c.Page.Tables)
        {
            var codeColumn = table.Columns.ToList().FindIndex(col => col.CodeSet == CodeSet.Procedure);
            foreach (var row in table.Rows)
            {
                var text = string.Join(" | ", row.Cells);
                if (!IsMedicareOnly(text)) continue;
                var code = codeColumn >= 0 ? TokenExtractor.Normalise(row.Cell(codeColumn).Split(' ')[0], CodeSet.Procedure) : CodeIn(text) ?? c.Subject;
                // A column whose header names the setting or the scope ("Non-facility national", "Facility locality range") is
                // judged with its header, not with the other cells: a status meaning that speaks of a "national coverage
                // determination" or "the non-facility setting" says nothing about which amount another cell holds.
                var rest = new List<string>();
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    var header = i < table.Columns.Count ? table.Columns[i].Header : "";
                    if (ScopeHeaderRegex().IsMatch(header))
                    {
                        if (row.Cells[i].Contains('$', StringComparison.Ordinal))
                            Check(c, $"{header}: {row.Cells[i]}", row.Line, table.Section, code, ScheduleOf(code), checkedAmounts);
                    }
                    else rest.Add(row.Cells[i]);
                }
                if (rest.Count < row.Cells.Count) Check(c, string.Join(" | ", rest), row.Line, table.Section, code, ScheduleOf(code), checkedAmounts);
                else Check(c, text, row.Line, table.Section, code, ScheduleOf(code), checkedAmounts);
            }
        }
        return checkedAmounts;
    }

    private static void Check(VerifyContext c, string text, int line, string section, string code, MedicareSchedule schedule, List<CheckedToken> checkedAmounts)
    {
        var amounts = AmountRegex().Matches(text).Select(m => (Text: m.Value, Value: decimal.Parse(m.Groups["v"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();
        if (amounts.Count == 0) return;
        var setting = SettingNamed(text);
        var candidates = schedule.Priced.Where(a => MedicareSchedule.Allows(setting, a.Setting)).ToList();
        foreach (var (amountText, value) in amounts)
        {
            if (schedule.IsEmpty)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.NotVerifiable, $"no national Medicare amount for {code} in the loaded fee schedules"));
                continue;
            }
            var match = candidates.FirstOrDefault(o => Math.Abs(o.Dollars - value) <= 0.01m);
            if (match is not null)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Ok, match.Evidence.ToString()));
                continue;
            }
            // The PFS amount the OPPS imaging cap replaces: right only where the page says it is the amount before the cap.
            var labelledBeforeCap = text.Contains(OppsCapFigure.BeforeCapPhrase, StringComparison.OrdinalIgnoreCase);
            if (schedule.BeforeCap.FirstOrDefault(o => MedicareSchedule.Allows(setting, o.Setting) && Math.Abs(o.Dollars - value) <= 0.01m) is { } uncapped)
            {
                if (labelledBeforeCap) checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Ok, uncapped.Evidence.ToString()));
                else BeforeCapQuoted(c, line, section, code, amountText, uncapped, schedule, checkedAmounts);
                continue;
            }
            // A locality-adjusted PFS amount is not a national amount; without the locality it can only be bounded.
            if (!text.Contains("national", StringComparison.OrdinalIgnoreCase)
                && (schedule.LocalityRange(setting, value) ?? (labelledBeforeCap ? schedule.LocalityRange(setting, value, beforeCap: true) : null)) is { } range)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.NotVerifiable, range));
                continue;
            }
            // Medicare pays a contractor-priced code at amounts each MAC sets: a quoted figure has nothing national to match.
            if (schedule.ContractorPriced is { } local)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.NotVerifiable,
                    $"{local} is contractor-priced (PFS status C): each Medicare contractor sets its amount, so there is no national figure to check"));
                continue;
            }
            Mismatch(c, line, section, code, amountText, setting, schedule, candidates, checkedAmounts);
        }
    }

    /// <summary>A PFS amount the OPPS imaging cap replaces, quoted as what Medicare pays: wrong, the capped amount is paid.</summary>
    private static void BeforeCapQuoted(VerifyContext c, int line, string section, string code, string amountText, MedicareSchedule.Amount uncapped,
        MedicareSchedule schedule, List<CheckedToken> checkedAmounts)
    {
        var capped = schedule.Priced.FirstOrDefault(p => p.Setting == uncapped.Setting && p.Label.StartsWith(uncapped.Label.Replace(" " + OppsCapFigure.BeforeCapPhrase, "", StringComparison.Ordinal) + ",", StringComparison.Ordinal));
        checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Error, $"{amountText} is the {uncapped.Label}; Medicare pays the OPPS-capped amount"));
        c.Add(new Finding(Severity.Error, line, amountText, FindingKind.FeeMismatch,
            $"The page gives {amountText} as a Medicare amount for {code}; that is the {uncapped.Label}, and Medicare pays the lesser OPPS-capped amount"
            + (capped is null ? "." : $" {capped.Text} ({capped.Label})."),
            capped is null ? [uncapped.Evidence] : [capped.Evidence, uncapped.Evidence],
            capped is null ? null : $"Use {capped.Text} ({capped.Label}), or say that {amountText} is the PFS amount {OppsCapFigure.BeforeCapPhrase}.", section));
    }

    private static void Mismatch(VerifyContext c, int line, string section, string code, string amountText, FeeSetting setting, MedicareSchedule schedule,
        List<MedicareSchedule.Amount> candidates, List<CheckedToken> checkedAmounts)
    {
        var unpaid = schedule.NotPriced.Where(u => MedicareSchedule.Allows(setting, u.Setting)).ToList();
        var settingWord = setting == FeeSetting.Any ? "" : MedicareSchedule.Name(setting) + " ";
        var parts = new List<string>();
        if (schedule.Priced.Count > 0) parts.Add($"the loaded fee schedules give {string.Join(", ", schedule.Priced.Select(o => $"{o.Text} ({o.Label})"))}");
        if (unpaid.Count > 0) parts.Add($"the PFS does not pay {string.Join(", nor ", unpaid.Select(u => u.What))}");
        // A page that names no modifier means the global service: when the PFS leaves that unpaid, say so rather than
        // offer a 26 or TC amount; a CLFS limit is still the amount to use.
        var clfs = candidates.FirstOrDefault(a => a.Setting is null);
        var globalUnpaid = clfs is null && unpaid.Any(u => u.Modifier.Length == 0);
        var suggestion = globalUnpaid
            ? $"Say that the PFS does not pay {code}{(setting == FeeSetting.Any ? "" : " in the " + MedicareSchedule.Name(setting) + " setting")} instead of giving an amount."
            : (clfs ?? candidates.FirstOrDefault()) is { } use ? $"Use {use.Text} ({use.Label})." : null;
        checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Error,
            globalUnpaid ? parts[^1] : $"no loaded Medicare amount for {code} is {amountText}"));
        c.Add(new Finding(Severity.Error, line, amountText, FindingKind.FeeMismatch,
            $"The page gives {amountText} as a Medicare {settingWord}amount for {code}; {string.Join("; ", parts)}.",
            [.. schedule.Priced.Select(o => o.Evidence), .. unpaid.Select(u => u.Evidence)], suggestion, section));
    }

    /// <summary>The setting the text names: facility, non-facility, or (neither or both) any.</summary>
    private static FeeSetting SettingNamed(string text)
    {
        var nonFacility = NonFacilityRegex().Count(text);
        var facility = FacilityRegex().Count(text) - nonFacility;
        return (nonFacility > 0, facility > 0) switch
        {
            (true, false) => FeeSetting.NonFacility,
            (false, true) => FeeSetting.Facility,
            _ => FeeSetting.Any,
        };
    }

    private static bool IsMedicareOnly(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains("medicare", StringComparison.Ordinal) && lower.Contains('$', StringComparison.Ordinal)
            && !OtherPayers.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    private static string? CodeIn(string text) =>
        CodeRegex().Match(text) is { Success: true } m ? m.Groups["c"].Value.ToUpperInvariant() : null;

    private static IEnumerable<string> Sentences(string text) => SentenceRegex().Split(text).Where(s => s.Length > 0);

    [GeneratedRegex(@"\$\s?(?<v>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)", RegexOptions.CultureInvariant)]
    private static partial Regex AmountRegex();

    [GeneratedRegex(@"(?:CPT|HCPCS)(?:\s+code)?\s+(?<c>" + HcpcsCode.Pattern + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    [GeneratedRegex(@"\bnon[-\s]?facility\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NonFacilityRegex();

    [GeneratedRegex(@"facility\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FacilityRegex();

    /// <summary>A column header that says which setting or scope (national, locality) its amounts are.</summary>
    [GeneratedRegex(@"\b(?:facility|national|locality)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScopeHeaderRegex();
}
