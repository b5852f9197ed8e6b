using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Amounts the words tie to a Medicare payment system beside the PFS and CLFS (issue 14, items 1 and 2): the hospital
/// outpatient payment (OPPS Addendum B), the ambulatory surgical center payment (ASC Addenda AA/BB) or the Part B drug
/// payment limit (ASP pricing file). Each is judged against that system's loaded figures only (<see cref="PaymentSystemFigures"/>,
/// the rows the brief prints): a PFS national amount never satisfies such a claim, nor one of these figures a PFS claim
/// (<see cref="FeeCheck"/> judges those). When the system's file is not loaded the amount is not verifiable, never an error.
/// </summary>
internal static partial class PaymentSystemAmounts
{
    /// <summary>
    /// Judges <paramref name="claim"/> when its words name OPPS, ASC or ASP and returns true; returns false (leaving the claim
    /// to the PFS, CLFS and DMEPOS checks) when they name none, or name the PFS or CLFS nearer the amount.
    /// </summary>
    public static bool Judge(VerifyContext c, AmountClaims.Claim claim, int line, string section, string code, List<CheckedToken> checkedAmounts)
    {
        if (SystemOf(c, claim, line, section, out var otherNamed) is not { } system)
            return !otherNamed && Plain(claim) && AnySystemConfirms(c, claim, line, code, checkedAmounts);
        var name = PaymentSystemFigures.Name(system);
        if (!c.IsLoaded(PaymentSystemFigures.Dataset(system)))
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable,
                $"the page gives it as the {name} for {code}, and no {PaymentSystemFigures.FileName(system)} is loaded: loading one (dataset {PaymentSystemFigures.Dataset(system)}) would settle it"));
            return true;
        }
        var figures = PaymentSystemFigures.Of(c, code, system);
        if (system == PaymentSystemFigures.System.Asp && DosageNamed(claim.Window) is { } dosage)
        {
            var same = figures.Where(f => f.Dosage is { } d && SameDosage(d, dosage)).ToList();
            if (same.Count == 0 && figures.Count > 0)
            {
                checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable,
                    $"the page prices {dosage}; the ASP file gives {code}'s payment limit per {string.Join(", ", figures.Select(f => f.Dosage).Distinct())}"));
                return true;
            }
            figures = same;
        }
        var hit = figures.FirstOrDefault(f => f.Dollars is { } d && AmountClaims.Covers(claim, d));
        if (hit is not null)
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Ok, hit.Evidence.ToString()));
            return true;
        }
        Wrong(c, claim, line, section, code, system, figures, checkedAmounts);
        return true;
    }

    /// <summary>A claim that names no schedule, setting, modifier, locality or "national": "Medicare pays $118.95 for 70450".</summary>
    private static bool Plain(AmountClaims.Claim claim) =>
        claim is { Schedule: AmountClaims.Kind.Any, National: false, Locality: false, Setting: FeeSetting.Any, Modifier: null, End: AmountClaims.RangeEnd.None }
        // "for CPT 70450" reads as a place; a real place may be a PFS locality ("in Manhattan").
        && (claim.Place is null || claim.Place.Split('|').All(p => p.Split(' ')[0] is "CPT" or "HCPCS" or "MEDICARE" or "CODE"));

    /// <summary>
    /// A plain Medicare amount may be any Medicare figure of the code: when no PFS or CLFS amount is it but a loaded OPPS, ASC
    /// or ASP figure is, it is confirmed by that row. Otherwise the PFS, CLFS and DMEPOS checks judge it as before.
    /// </summary>
    private static bool AnySystemConfirms(VerifyContext c, AmountClaims.Claim claim, int line, string code, List<CheckedToken> checkedAmounts)
    {
        var hit = Enum.GetValues<PaymentSystemFigures.System>().Where(s => c.IsLoaded(PaymentSystemFigures.Dataset(s)))
            .SelectMany(s => PaymentSystemFigures.Of(c, code, s)).FirstOrDefault(f => f.Dollars is { } d && AmountClaims.Covers(claim, d));
        // The PFS and CLFS figure comes first: FeeCheck confirms it, citing its row.
        if (hit is null || c.Reference.Schedule(code).Priced.Any(a => AmountClaims.Covers(claim, a.Dollars))) return false;
        checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Ok, $"{hit.Label}: {hit.Evidence}"));
        return true;
    }

    private static void Wrong(VerifyContext c, AmountClaims.Claim claim, int line, string section, string code, PaymentSystemFigures.System system,
        IReadOnlyList<PaymentSystemFigures.Figure> figures, List<CheckedToken> checkedAmounts)
    {
        var name = PaymentSystemFigures.Name(system);
        var paid = figures.Where(f => f.Dollars is not null).ToList();
        var what = figures.Count == 0
            ? $"the loaded {PaymentSystemFigures.FileName(system)} has no row for {code}, so it sets no {name} for it"
            : $"the loaded {PaymentSystemFigures.FileName(system)} gives {string.Join("; ", figures.Select(f => f.Describe))}";
        // Whose figure the page's amount is, when it is another system's (an OPPS rate given as the ASC rate, a PFS national amount as the OPPS rate).
        var others = PaymentSystemFigures.Others(c, code, system).Where(o => AmountClaims.Covers(claim with { Approximate = false, High = null }, o.Dollars!.Value)).ToList();
        var pfs = c.Reference.Schedule(code).Priced.Where(a => AmountClaims.Covers(claim with { Approximate = false, High = null }, a.Dollars)).ToList();
        var whose = others.Select(o => $"{claim.Text} is {o.Label}")
            .Concat(pfs.Select(a => $"{claim.Text} is the {a.Label} amount, not the {name}")).ToList();
        var wording = claim.High is not null ? " (a range allows 10% either side)" : claim.Approximate ? " (approximate wording allows 10%)" : "";
        var best = paid.OrderBy(f => Math.Abs(f.Dollars!.Value - claim.Value)).FirstOrDefault();
        checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Error, $"no {name} of {code} is {claim.Text}"));
        var evidence = figures.Count > 0
            ? figures.Select(f => f.Evidence).Concat(others.Select(o => o.Evidence)).Concat(pfs.Select(a => a.Evidence)).ToList()
            : [.. c.Searched($"no row for {code}", PaymentSystemFigures.Dataset(system)), .. others.Select(o => o.Evidence), .. pfs.Select(a => a.Evidence)];
        c.Add(new Finding(Severity.Error, line, claim.Text, FindingKind.FeeMismatch,
            $"The page gives {claim.Text} as the {name} for {code}{wording}; {what}{(whose.Count > 0 ? "; " + string.Join("; ", whose) : "")}.",
            evidence,
            best is null ? $"Remove the {name} for {code}, or cite the amount Medicare pays it under another system." : $"Use {best.Text} ({best.Label}).",
            section, best?.Text));
    }

    /// <summary>
    /// The payment system the words around the amount name: the mention right after it ("$118.95 under the OPPS"), else the
    /// nearest before it (a column header, "the ASC pays about"), else one later in its clause; for a table row naming none,
    /// the table's caption (the paragraph just above it), else the section heading, when that names one system. Null when the nearest mention is the
    /// PFS, the CLFS or the OPPS imaging cap (a PFS figure), or nothing is named.
    /// </summary>
    private static PaymentSystemFigures.System? SystemOf(VerifyContext c, AmountClaims.Claim claim, int line, string section, out bool otherNamed)
    {
        otherNamed = false;
        var window = claim.Window;
        var at = window.LastIndexOf(claim.Text, StringComparison.Ordinal);
        if (at < 0) return null;
        var left = window[..at];
        var right = window[(at + claim.Text.Length)..];
        var clfsWords = ClfsWordsRegex().IsMatch(window);
        var mentions = MentionRegex().Matches(right).Where(m => Keep(m, clfsWords)).ToList();
        var chosen = mentions.FirstOrDefault() is { } near && near.Index <= 30 ? near
            : MentionRegex().Matches(left).Where(m => Keep(m, clfsWords)).LastOrDefault() ?? mentions.FirstOrDefault();
        if (chosen is not null)
        {
            otherNamed = SystemOf(chosen) is null;
            return SystemOf(chosen);
        }
        return CaptionSystem(c, line) ?? HeadingSystem(section);
    }

    /// <summary>The one payment system a section heading names ("Hospital outpatient (OPPS) payment"), or null.</summary>
    private static PaymentSystemFigures.System? HeadingSystem(string section)
    {
        var named = MentionRegex().Matches(section).Select(SystemOf).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>"Payment limit" is the ASP file's term, but a sentence about lab tests means the CLFS limit by it.</summary>
    private static bool Keep(Match m, bool clfsWords) => !(clfsWords && m.Groups["limit"].Success);

    private static PaymentSystemFigures.System? SystemOf(Match m) =>
        m.Groups["opps"].Success ? PaymentSystemFigures.System.Opps
        : m.Groups["asc"].Success ? PaymentSystemFigures.System.Asc
        : m.Groups["asp"].Success || m.Groups["limit"].Success ? PaymentSystemFigures.System.Asp
        : null;

    /// <summary>The one payment system the paragraph right above a table names ("Hospital outpatient (OPPS), national unadjusted amounts …"), or null.</summary>
    private static PaymentSystemFigures.System? CaptionSystem(VerifyContext c, int line)
    {
        var table = c.Page.Tables.FirstOrDefault(t => t.Rows.Count > 0 && line > t.HeaderLine && line <= t.Rows[^1].Line);
        if (table is null) return null;
        // Read once per table: every amount of a long fee table asks.
        return Captions.GetValue(table, t => new StrongBox<PaymentSystemFigures.System?>(Caption(c, t))).Value;
    }

    private static readonly ConditionalWeakTable<PageTable, StrongBox<PaymentSystemFigures.System?>> Captions = new();

    private static PaymentSystemFigures.System? Caption(VerifyContext c, PageTable table)
    {
        var caption = c.Page.Paragraphs.LastOrDefault(p => p.Line < table.HeaderLine);
        // The caption is the paragraph right above: same section, no other table between them.
        if (caption is null || caption.Section != table.Section || c.Page.Tables.Any(t => t.HeaderLine > caption.Line && t.HeaderLine < table.HeaderLine)) return null;
        var named = MentionRegex().Matches(caption.Text).Select(SystemOf).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The dosage the page prices ("per 10 mg"), upper case, or null.</summary>
    private static string? DosageNamed(string window) =>
        DosageRegex().Match(window) is { Success: true } m ? $"{m.Groups["q"].Value} {m.Groups["u"].Value.ToUpperInvariant()}" : null;

    private static bool SameDosage(string fileDosage, string pageDosage)
    {
        static string Norm(string s) => Regex.Replace(s.ToUpperInvariant().Replace("UNITS", "UNIT", StringComparison.Ordinal), @"\s+", "");
        return Norm(fileDosage) == Norm(pageDosage);
    }

    /// <summary>
    /// Words naming a payment system: OPPS (hospital outpatient, APC, Addendum B), ASC (ambulatory surgical center, Addenda
    /// AA/BB), ASP (average sales price, drug payment limit; <c>limit</c> for the bare "payment limit"), or the PFS and CLFS
    /// (group <c>pfs</c>), whose amounts <see cref="FeeCheck"/> judges. The OPPS imaging cap, "OPPS-capped" and "before the
    /// OPPS cap" are PFS wording: the cap lowers a PFS amount.
    /// </summary>
    [GeneratedRegex(@"(?<pfs>\bopps[\s-]*(?:imaging\s+)?cap\w*|\bimaging\s+cap\b|\bcapped\b|\b(?:pfs|mpfs|physician\s+fee|physicians?|professional|surgeon|rvus?|non-?facility|facility\s+(?:rate|amount|setting|price|total|rvus?)|in\s+a\s+facility|office|clfs|lab(?:oratory)?\s+fee|clinical\s+laboratory|national\s+limit|nla|dmepos)\b)"
        + @"|(?<opps>\bopps\b|\bapcs?\b|\bhospital\s+outpatient|\boutpatient\s+prospective|\bhopds?\b|\boutpatient\s+(?:hospital|department)|\baddendum\s+b\b)"
        + @"|(?<asc>\bascs?\b|\bambulatory\s+surg(?:ical|ery)\s+cent(?:er|re)s?\b|\bsurg(?:ical|ery)\s+cent(?:er|re)s?\b|\baddend(?:um|a)\s+(?:aa|bb)\b)"
        + @"|(?<asp>\basp\b|\baverage\s+sales\s+price|\bdrug\s+payment|\bpart\s+b\s+drug|\bpayment\s+allowance\s+limit)"
        + @"|(?<limit>\bpayment\s+limit)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"\b(?:clfs|lab(?:oratory)?|national\s+limit|nla)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClfsWordsRegex();

    [GeneratedRegex(@"\bper\s+(?<q>\d+(?:\.\d+)?)\s*(?<u>mg|mcg|ml|g|units?|iu)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DosageRegex();

    /// <summary>True when <paramref name="text"/> names OPPS, ASC or ASP payment, so its amounts are Medicare figures to check.</summary>
    public static bool Names(string text) => MentionRegex().Matches(text).Any(m => SystemOf(m) is not null);
}
