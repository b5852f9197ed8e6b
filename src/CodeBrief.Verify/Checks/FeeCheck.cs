using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Medicare dollar amounts on the page against the loaded fee schedules: the CLFS national limit and the PFS national
/// amounts (total RVUs × conversion factor, non-facility and facility, global/26/TC). Only amounts the page attributes
/// to Medicare are checked; commercial payers' rates legitimately differ.
/// </summary>
internal static partial class FeeCheck
{
    private static readonly string[] OtherPayers = ["aetna", "cigna", "unitedhealthcare", "united healthcare", "blue cross", "bcbs", "humana", "anthem", "commercial"];

    public static IReadOnlyList<CheckedToken> Run(VerifyContext c)
    {
        var checkedAmounts = new List<CheckedToken>();
        foreach (var p in c.Page.Paragraphs)
            foreach (var sentence in Sentences(p.Text))
                if (IsMedicareOnly(sentence)) Check(c, sentence, p.Line, p.Section, CodeIn(sentence) ?? c.Subject, checkedAmounts);
        foreach (var table in c.Page.Tables)
        {
            var codeColumn = table.Columns.ToList().FindIndex(col => col.CodeSet == CodeSet.Procedure);
            foreach (var row in table.Rows)
            {
                var text = string.Join(" | ", row.Cells);
                if (!IsMedicareOnly(text)) continue;
                var code = codeColumn >= 0 ? TokenExtractor.Normalise(row.Cell(codeColumn).Split(' ')[0], CodeSet.Procedure) : CodeIn(text) ?? c.Subject;
                Check(c, text, row.Line, table.Section, code, checkedAmounts);
            }
        }
        return checkedAmounts;
    }

    private static void Check(VerifyContext c, string text, int line, string section, string code, List<CheckedToken> checkedAmounts)
    {
        var amounts = AmountRegex().Matches(text).Select(m => (Text: m.Value, Value: decimal.Parse(m.Groups["v"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();
        if (amounts.Count == 0) return;
        var official = Official(c, code);
        foreach (var (amountText, value) in amounts)
        {
            if (official.Count == 0)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.NotVerifiable, $"no national Medicare amount for {code} in the loaded fee schedules"));
                continue;
            }
            var match = official.FirstOrDefault(o => Math.Abs(o.Amount - value) <= 0.01m);
            if (match is not null)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Ok, match.Evidence.ToString()));
                continue;
            }
            // A locality-adjusted PFS amount is not a national amount; without the locality it can only be bounded.
            if (!text.Contains("national", StringComparison.OrdinalIgnoreCase) && LocalityRange(c, code, value) is { } range)
            {
                checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.NotVerifiable, range));
                continue;
            }
            checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Error, $"no loaded Medicare amount for {code} is {amountText}"));
            c.Add(new Finding(Severity.Error, line, amountText, FindingKind.FeeMismatch,
                $"The page gives {amountText} as a Medicare amount for {code}; the loaded fee schedules give {string.Join(", ", official.Select(o => $"${o.Amount.ToString("0.00", CultureInfo.InvariantCulture)} ({o.Label})"))}.",
                official.Select(o => o.Evidence).ToList(), $"Use ${official[0].Amount.ToString("0.00", CultureInfo.InvariantCulture)} ({official[0].Label}).", section));
        }
    }

    private sealed record OfficialAmount(decimal Amount, string Label, Evidence Evidence);

    private static List<OfficialAmount> Official(VerifyContext c, string code)
    {
        var list = new List<OfficialAmount>();
        if (c.Data.IsLoaded("clfs"))
            foreach (var r in c.Data.Clfs(code))
                if (r.Rate is { } rate && rate > 0 && r.Indicator != "L")
                    list.Add(new(rate, $"CLFS national limit{(r.Modifier.Length > 0 ? ", " + r.Modifier : "")}", new Evidence(r.Source, $"{r.Code}{(r.Modifier.Length > 0 ? "-" + r.Modifier : "")} RATE {rate.ToString("0.00", CultureInfo.InvariantCulture)}")));
        if (c.Data.IsLoaded("pfs_rvu"))
            foreach (var r in c.Data.Pfs(code))
            {
                if (r.ConversionFactor is not { } cf) continue;
                var suffix = r.Modifier.Length > 0 ? "-" + r.Modifier : "";
                if (r.NonFacilityTotal is { } nf && nf > 0)
                    list.Add(new(Math.Round(nf * cf, 2, MidpointRounding.AwayFromZero), $"PFS national non-facility{suffix}", new Evidence(r.Source, $"{r.Code}{suffix} NON-FACILITY TOTAL {nf.ToString(CultureInfo.InvariantCulture)} × CF {cf.ToString(CultureInfo.InvariantCulture)}")));
                if (r.FacilityTotal is { } f && f > 0)
                    list.Add(new(Math.Round(f * cf, 2, MidpointRounding.AwayFromZero), $"PFS national facility{suffix}", new Evidence(r.Source, $"{r.Code}{suffix} FACILITY TOTAL {f.ToString(CultureInfo.InvariantCulture)} × CF {cf.ToString(CultureInfo.InvariantCulture)}")));
            }
        return list;
    }

    /// <summary>
    /// When <paramref name="value"/> lies between the lowest and highest locality amounts of a PFS row
    /// ((work × PW GPCI + PE × PE GPCI + MP × MP GPCI) × CF over every loaded locality), a note saying so; else null.
    /// </summary>
    private static string? LocalityRange(VerifyContext c, string code, decimal value)
    {
        if (!c.Data.IsLoaded("pfs_rvu") || !c.Data.IsLoaded("pfs_gpci")) return null;
        var gpcis = c.Data.Gpcis();
        if (gpcis.Count == 0) return null;
        foreach (var r in c.Data.Pfs(code))
        {
            if (r is not { ConversionFactor: { } cf, WorkRvu: { } work, MalpracticeRvu: { } mp }) continue;
            foreach (var (pe, setting) in new[] { (r.NonFacilityPeRvu, "non-facility"), (r.FacilityPeRvu, "facility") })
            {
                if (pe is not { } peRvu) continue;
                var amounts = gpcis.Select(g => Math.Round((work * g.Work + peRvu * g.PracticeExpense + mp * g.Malpractice) * cf, 2, MidpointRounding.AwayFromZero)).ToList();
                if (amounts.Max() <= 0 || value < amounts.Min() - 0.01m || value > amounts.Max() + 0.01m) continue;
                var suffix = r.Modifier.Length > 0 ? "-" + r.Modifier : "";
                return $"within the {setting} locality range of {code}{suffix} (${amounts.Min().ToString("0.00", CultureInfo.InvariantCulture)}–${amounts.Max().ToString("0.00", CultureInfo.InvariantCulture)}, {r.Source} with {gpcis.Count.ToString(CultureInfo.InvariantCulture)} GPCI localities); the page names no locality to check it against";
            }
        }
        return null;
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
}
