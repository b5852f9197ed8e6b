using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
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
    // Word lists searched as one set (SearchValues), ignoring case: every sentence, row and amount of every page is read against them.
    private static readonly SearchValues<string> OtherPayers = SearchValues.Create(["aetna", "cigna", "unitedhealthcare", "united healthcare", "blue cross", "bcbs",
        "humana", "anthem", "commercial", "private payer", "private insurer", "private insurance", "private plan", "insurers", "medicaid", "tricare", "kaiser",
        "cash price", "self-pay", "chargemaster", "billed charge"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Amounts that are Medicare figures but no code's price: deductibles, premiums, cost sharing, the conversion factor.</summary>
    private static readonly SearchValues<string> NotAPrice = SearchValues.Create(["deductible", "premium", "coinsurance", "co-insurance", "copay", "co-pay",
        "out-of-pocket", "out of pocket", "conversion factor", "per rvu", "cf of", "penalty", "fine", "salary", "revenue", "income", "cost of", "budget", "billion",
        "million"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<CheckedToken> Run(VerifyContext c)
    {
        var checkedAmounts = new List<CheckedToken>();
        bool Known(string code) => c.PfsOf(code).Count > 0 || c.ClfsOf(code).Count > 0 || c.Reference.Hcpcs(code) is not null;

        // Only text with a dollar sign holds an amount claim (AmountClaims reads $ amounts): most of a page is passed over unsplit.
        foreach (var p in c.Page.Paragraphs.Where(p => p.Text.Contains('$', StringComparison.Ordinal)))
            foreach (var (_, sentence) in ClaimScope.Sentences(p.Text))
            {
                // "$300.00 | 100% of current published Medicare rate": a rule relative to Medicare does not make the amount Medicare's.
                if (!IsMedicare(PercentOfMedicareRegex().Replace(sentence, ""), p.Section) || NamesOtherPayer(sentence) || SentenceNotAPriceRegex().IsMatch(sentence)) continue;
                var codes = ClaimScope.CodesIn(sentence);
                foreach (var claim in AmountClaims.InText(sentence))
                {
                    if (NotAPriceText(claim.Window) || RelativeRegex().IsMatch(claim.Window)) continue;
                    var code = ClaimScope.Nearest(codes, claim.Index, Known) ?? ClaimScope.Fallback(p.Section, c.Subject);
                    if (code is null) { checkedAmounts.Add(new CheckedToken(p.Line, claim.Text, "fee", Verdict.NotVerifiable, "the sentence, its heading and the page name no code")); continue; }
                    if (FeeYears.Mismatch(c, code, sentence, p.Section) is { } years) { checkedAmounts.Add(FeeYears.NotVerifiable(p.Line, claim.Text, years)); continue; }
                    Judge(c, claim, p.Line, p.Section, code, c.Reference.Schedule(code), checkedAmounts);
                }
            }
        // The code tokens of each row, found once per page rather than by a scan of every token per row.
        var tokensByRow = c.Tokens.Where(t => t.Row is not null).ToLookup(t => t.Row!);
        foreach (var table in c.Page.Tables)
        {
            var headers = string.Join(" | ", table.Columns.Select(col => col.Header));
            var payer = table.IndexOf(ColumnRole.Payer);
            foreach (var row in table.Rows)
            {
                if (!Enumerable.Range(0, row.Cells.Count).Any(i => IsAmountCell(table, row.Cells[i], i))) continue;
                var rowText = string.Join(" | ", row.Cells);
                if (NamesOtherPayer(rowText) || (payer >= 0 && !row.Cell(payer).Contains("medicare", StringComparison.OrdinalIgnoreCase))) continue;
                var rowTokens = tokensByRow[row];
                var code = rowTokens.FirstOrDefault(t => t.Set == CodeSet.Procedure)?.Code ?? ClaimScope.Fallback(table.Section, c.Subject);
                var modifier = rowTokens.FirstOrDefault(t => t.Set == CodeSet.Modifier)?.Code;
                // Words of the row's other cells (a "Medicare" payer cell, a "Professional component" label) speak for every amount of the row.
                // A cell that states a rule relative to Medicare ("100% of current published Medicare rate") makes the row's other
                // amounts no Medicare figures: it is left out, as are long cells.
                var rowWords = string.Join(" ", row.Cells.Where(cell => !cell.Contains('$', StringComparison.Ordinal) && cell.Length <= 40 && !RelativeRegex().IsMatch(cell)));
                // The row's label speaks for its amounts too ("Typical Billed Amount What providers commonly charge | $80 - $200"),
                // however long; only the short cells' words are read as the row's setting and payer below.
                if (rowWords.AsSpan().ContainsAny(NotAPrice) || ChargeWordsRegex().IsMatch(string.Join(" ", row.Cells.Where(cell => !cell.Contains('$', StringComparison.Ordinal))))) continue;
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    var cell = row.Cells[i];
                    if (!IsAmountCell(table, cell, i)) continue;
                    var header = i < table.Columns.Count ? table.Columns[i].Header : "";
                    // A column's header names what its amounts are ("Medicare rate", "2025 national", "Facility locality range").
                    var context = $"{header}: {cell}";
                    if (!IsMedicare($"{header} {rowWords} {cell}", $"{table.Section} {headers}")) continue;
                    if (NotAPriceText(context)) continue;
                    if (code is null) { checkedAmounts.Add(new CheckedToken(row.Line, cell, "fee", Verdict.NotVerifiable, "the row, its heading and the page name no code")); continue; }
                    var text = cell.Contains('$', StringComparison.Ordinal) ? cell : "$" + cell.Trim();
                    if (FeeYears.Mismatch(c, code, $"{header} {rowWords}", $"{table.Section} {headers}") is { } years)
                    {
                        foreach (var claim in AmountClaims.InText(text)) checkedAmounts.Add(FeeYears.NotVerifiable(row.Line, claim.Text, years));
                        continue;
                    }
                    foreach (var claim in AmountClaims.InText(text, $"{header} {rowWords}"))
                        Judge(c, claim with { Modifier = claim.Modifier ?? modifier }, row.Line, table.Section, code, c.Reference.Schedule(code), checkedAmounts);
                }
            }
        }
        return checkedAmounts;
    }

    /// <summary>True when the words around an amount say it is no code's Medicare price (a deductible, a provider's charge).</summary>
    private static bool NotAPriceText(string text) => text.AsSpan().ContainsAny(NotAPrice) || ChargeWordsRegex().IsMatch(text);

    /// <summary>True for a cell with a $ amount, or a bare figure in an amount column: the cells whose amounts are claims.</summary>
    private static bool IsAmountCell(PageTable table, string cell, int column) =>
        cell.Contains('$', StringComparison.Ordinal) || (column < table.Columns.Count && table.Columns[column].Role == ColumnRole.Amount && BareAmount(cell));

    /// <summary>True for a cell that is a bare figure (<c>125.18</c>) in an amount column.</summary>
    private static bool BareAmount(string cell) => BareAmountRegex().IsMatch(cell.Trim());

    /// <summary>Judges one amount claim against the one figure it names (issue 14, item 2).</summary>
    private static void Judge(VerifyContext c, AmountClaims.Claim claim, int line, string section, string code, MedicareSchedule schedule, List<CheckedToken> checkedAmounts)
    {
        // An amount the words tie to the OPPS, an ASC or the ASP file is judged against that system's figures alone.
        if (PaymentSystemAmounts.Judge(c, claim, line, section, code, checkedAmounts)) return;
        var setting = claim.Setting;
        // An approximate figure or range that names no setting is read as the office (non-facility) amount where the PFS prices
        // one: "Medicare rate ~$89" for 99214 is no rough facility amount. An exact figure may be either setting's.
        if (setting == FeeSetting.Any && (claim.Approximate || claim.High is not null) && !claim.Locality
            && schedule.Priced.Any(a => a.Setting == FeeSetting.NonFacility && (claim.Modifier is null || a.Modifier == claim.Modifier)))
            setting = FeeSetting.NonFacility;
        var modifier = claim.Modifier is { } m && schedule.Priced.Any(a => a.Modifier == m) ? m : null;
        var candidates = schedule.Priced
            .Where(a => MedicareSchedule.Allows(setting, a.Setting))
            // A professional or technical component is a PFS amount; the CLFS limit is the test's, not the interpretation's.
            .Where(a => modifier is null || a.Modifier == modifier || (a.Setting is null && modifier is not ("26" or "TC")))
            // Words that name no modifier mean the global service where the PFS has a global row: a 26 or TC amount is not it.
            .Where(a => modifier is not null || a.Setting is null || a.Modifier.Length == 0 || !HasGlobalRow(schedule))
            .Where(a => claim.Schedule switch { AmountClaims.Kind.Clfs => a.Setting is null, AmountClaims.Kind.Pfs => a.Setting is not null, _ => true })
            .ToList();
        if (schedule.IsEmpty || (schedule.Priced.Count == 0 && c.Reference.Dmepos(code).Count > 0))
        {
            JudgeDmepos(c, claim, line, section, code, checkedAmounts);
            return;
        }
        // Anesthesia (PFS status J) is paid by base and time units times the anesthesia conversion factor, not a fee per code.
        if (schedule.Priced.Count == 0 && c.PfsOf(code).Any(r => r.Status == "J"))
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable, $"{code} is an anesthesia code (PFS status J), paid by units and the anesthesia conversion factor"));
            return;
        }
        bool Near(decimal official, decimal value) => AmountClaims.Near(official, value, claim.Approximate);

        // A place the words name that is a PFS locality ("In Manhattan Medicare pays …") makes the amount that locality's.
        if (!claim.Locality && !claim.National && claim.Place is { } places && LocalityNamed(schedule, setting, modifier, places) is { } place)
            claim = claim with { Locality = true, LocalityName = place };

        // A locality claim: a named locality's amount, or the range's ends.
        if (claim.Locality)
        {
            if (claim.LocalityName is { } name && schedule.LocalityAmounts(setting, name, modifier).ToList() is { Count: > 0 } named)
            {
                if (named.FirstOrDefault(n => Near(n.Amount.Dollars, claim.Value)) is { Amount: { } hit }) { checkedAmounts.Add(Ok(line, claim.Text, hit.Evidence)); return; }
                Wrong(c, claim, line, section, code, $"the loaded figures for {name} are {string.Join(", ", named.Select(n => $"{n.Amount.Text} ({n.Amount.Label})"))}",
                    named.Select(n => n.Amount.Evidence).ToList(), named[0].Amount.Text, checkedAmounts);
                return;
            }
            var ranges = schedule.Ranges(setting, modifier).ToList();
            // Under the OPPS imaging cap the locality amounts are capped per locality; the ranges here are the uncapped PFS ones.
            if (ranges.Count > 0 && c.OppsCapsOf(code).Count > 0)
            {
                checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable, $"{code} is under the OPPS imaging cap: its locality amounts are capped locality by locality"));
                return;
            }
            if (ranges.Count > 0)
            {
                // One state's range ("$17.00 to $17.76 across 3 localities") lies inside the national one; the page names no locality to pin its ends on.
                var ends = claim.High is { } high
                    ? claim.ByState
                        ? ranges.FirstOrDefault(r => claim.Value >= r.Range.Min.Dollars - 0.01m && high <= r.Range.Max.Dollars + 0.01m && claim.Value <= high)
                        : ranges.FirstOrDefault(r => Near(r.Range.Min.Dollars, claim.Value) && Near(r.Range.Max.Dollars, high))
                    : claim.End switch
                    {
                        AmountClaims.RangeEnd.Max => ranges.FirstOrDefault(r => Near(r.Range.Max.Dollars, claim.Value)),
                        AmountClaims.RangeEnd.Min => ranges.FirstOrDefault(r => Near(r.Range.Min.Dollars, claim.Value)),
                        _ => ranges.FirstOrDefault(r => claim.Value >= r.Range.Min.Dollars - 0.01m && claim.Value <= r.Range.Max.Dollars + 0.01m),
                    };
                if (ends.Evidence is not null)
                {
                    checkedAmounts.Add((claim.High is null || claim.ByState) && claim.End == AmountClaims.RangeEnd.None
                        ? new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable, $"within {ends.Evidence.Detail}; the page names no locality to check it against")
                        : Ok(line, claim.Text, ends.Evidence));
                    return;
                }
                var first = ranges[0];
                Wrong(c, claim, line, section, code,
                    $"the loaded locality ranges are {string.Join("; ", ranges.Select(r => $"{r.Range.Min}–{r.Range.Max} ({r.Label} {MedicareSchedule.Name(r.Setting)})"))}",
                    ranges.Select(r => r.Evidence).ToList(),
                    claim.High is not null ? $"{first.Range.Min}–{first.Range.Max}" : claim.End == AmountClaims.RangeEnd.Min ? first.Range.Min.ToString() : first.Range.Max.ToString(),
                    checkedAmounts);
                return;
            }
        }

        // A range without the word locality ("$130-$175"): wording that approximates; the figure must lie in it, 10% either side.
        if (claim.High is { } top)
        {
            var inRange = candidates.FirstOrDefault(a => a.Dollars >= claim.Value * 0.9m - 0.01m && a.Dollars <= top * 1.1m + 0.01m);
            if (inRange is not null) { checkedAmounts.Add(Ok(line, claim.Text, inRange.Evidence)); return; }
        }
        else
        {
            var match = candidates.FirstOrDefault(o => Near(o.Dollars, claim.Value));
            if (match is not null) { checkedAmounts.Add(Ok(line, claim.Text, match.Evidence)); return; }
            // The PFS amount the OPPS imaging cap replaces: right only where the page says it is the amount before the cap.
            var labelledBeforeCap = claim.Window.Contains(OppsCapFigure.BeforeCapPhrase, StringComparison.OrdinalIgnoreCase);
            if (schedule.BeforeCap.FirstOrDefault(o => MedicareSchedule.Allows(setting, o.Setting) && Near(o.Dollars, claim.Value)) is { } uncapped)
            {
                if (labelledBeforeCap) checkedAmounts.Add(Ok(line, claim.Text, uncapped.Evidence));
                else BeforeCapQuoted(c, line, section, code, claim.Text, uncapped, schedule, checkedAmounts);
                return;
            }
        }
        // Medicare pays a contractor-priced code at amounts each MAC sets: a quoted figure has nothing national to match.
        if (schedule.ContractorPriced is { } local && candidates.Count == 0)
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable,
                $"{local} is contractor-priced (PFS status C): each Medicare contractor sets its amount, so there is no national figure to check"));
            return;
        }
        // "the 2025 national valuation for 92551 is $12.29": the figure the PFS publishes for a code it does not pay. Given as
        // a valuation it is right; given as what Medicare pays it is still the mismatch below, which names the status.
        if (ValuationWordsRegex().IsMatch(claim.Window) && schedule.Valuations.FirstOrDefault(v => Near(v.Dollars, claim.Value)) is { } valuation)
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Ok, $"{valuation.Evidence.Source}: {valuation.Label}"));
            return;
        }
        Mismatch(c, line, section, code, claim, setting, schedule, candidates, checkedAmounts);
    }

    /// <summary>The first of the places (or its first words: "Manhattan Medicare" is Manhattan) that names a PFS locality, or null.</summary>
    private static string? LocalityNamed(MedicareSchedule schedule, FeeSetting setting, string? modifier, string places)
    {
        foreach (var place in places.Split('|'))
        {
            var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 1; n--)
            {
                var name = string.Join(' ', words.Take(n));
                if (name.Length >= 4 && name is not ("MEDICARE" or "CPT" or "HCPCS") && schedule.LocalityAmounts(setting, name, modifier).Any()) return name;
            }
        }
        return null;
    }

    private static bool HasGlobalRow(MedicareSchedule schedule) =>
        schedule.Priced.Any(a => a.Setting is not null && a.Modifier.Length == 0) || schedule.NotPriced.Any(u => u.Modifier.Length == 0);

    private static CheckedToken Ok(int line, string text, Evidence evidence) => new(line, text, "fee", Verdict.Ok, evidence.ToString());

    private static void Wrong(VerifyContext c, AmountClaims.Claim claim, int line, string section, string code, string what, IReadOnlyList<Evidence> evidence, string replacement,
        List<CheckedToken> checkedAmounts)
    {
        checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Error, what));
        c.Add(new Finding(Severity.Error, line, claim.Text, FindingKind.FeeMismatch,
            $"The page gives {claim.Text} as a Medicare locality amount for {code}; {what}.", evidence, $"Use {replacement}.", section, replacement));
    }

    /// <summary>An amount for a code with no PFS or CLFS row: the DMEPOS fee schedule's ceiling, floor or a state's fee.</summary>
    private static void JudgeDmepos(VerifyContext c, AmountClaims.Claim claim, int line, string section, string code, List<CheckedToken> checkedAmounts)
    {
        var pricing = c.Reference.Dmepos(code);
        if (pricing.Count == 0)
        {
            checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.NotVerifiable, $"no Medicare amount for {code} in the loaded fee schedules"));
            return;
        }
        foreach (var p in pricing)
        {
            var hit = Figures(p).FirstOrDefault(f => AmountClaims.Covers(claim, f.Fee.Dollars));
            if (hit.What is not null)
            {
                var what = hit.State is null ? hit.What : $"{hit.State} {hit.What}";
                checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Ok, $"{p.Source}: DMEPOS {code}{(p.Modifiers.Length > 0 ? "-" + p.Modifiers : "")} {what} {hit.Fee}"));
                return;
            }
        }
        var lines = pricing.Take(4).Select(p => $"{code}{(p.Modifiers.Length > 0 ? "-" + p.Modifiers : "")}: ceiling {p.Ceiling?.ToString() ?? "none"}, floor {p.Floor?.ToString() ?? "none"}"
            + (p.NonRuralRange is { } r ? $", state fees {r.Min} ({r.MinState}) to {r.Max} ({r.MaxState})" : "")).ToList();
        checkedAmounts.Add(new CheckedToken(line, claim.Text, "fee", Verdict.Error, $"no DMEPOS figure for {code} is {claim.Text}"));
        c.Add(new Finding(Severity.Error, line, claim.Text, FindingKind.FeeMismatch,
            $"The page gives {claim.Text} as a Medicare amount for {code}; the DMEPOS fee schedule gives {string.Join("; ", lines)}.",
            pricing.Take(4).Select(p => new Evidence(p.Source, $"DMEPOS {code} {p.Modifiers}")).ToList(), null, section));
    }

    /// <summary>Each DMEPOS figure of a modifier row in the order a match is looked for: ceiling, floor, then each state's
    /// non-rural and rural fee. The state is kept apart from the words so that no text is built for figures that do not match.</summary>
    private static IEnumerable<(Money Fee, string? State, string What)> Figures(DmeposModifierPricing p)
    {
        if (p.Ceiling is { } ceiling) yield return (ceiling, null, "ceiling");
        if (p.Floor is { } floor) yield return (floor, null, "floor");
        foreach (var s in p.States)
        {
            if (s.NonRural is { } nonRural) yield return (nonRural, s.State, "non-rural");
            if (s.Rural is { } rural) yield return (rural, s.State, "rural");
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

    private static void Mismatch(VerifyContext c, int line, string section, string code, AmountClaims.Claim claim, FeeSetting setting, MedicareSchedule schedule,
        List<MedicareSchedule.Amount> candidates, List<CheckedToken> checkedAmounts)
    {
        var amountText = claim.Text;
        var unpaid = schedule.NotPriced.Where(u => MedicareSchedule.Allows(setting, u.Setting)).ToList();
        var settingWord = setting == FeeSetting.Any ? "" : MedicareSchedule.Name(setting) + " ";
        var parts = new List<string>();
        if (schedule.Priced.Count > 0) parts.Add($"the loaded fee schedules give {string.Join(", ", schedule.Priced.Select(o => $"{o.Text} ({o.Label})"))}");
        var ranges = schedule.Ranges(setting, null).ToList();
        if (ranges.Count > 0) parts.Add($"locality amounts run {string.Join("; ", ranges.Select(r => $"{r.Range.Min}–{r.Range.Max} ({r.Label} {MedicareSchedule.Name(r.Setting)})"))}"
            + (claim.National ? ", and a national amount is never a locality's" : ", and the page names no locality"));
        if (unpaid.Count > 0) parts.Add($"the PFS does not pay {string.Join(", nor ", unpaid.Select(u => u.What))}");
        // A page that names no modifier means the global service: when the PFS leaves that unpaid, say so rather than
        // offer a 26 or TC amount; a CLFS limit is still the amount to use.
        var clfs = candidates.FirstOrDefault(a => a.Setting is null);
        var globalUnpaid = clfs is null && candidates.Count == 0 && claim.Modifier is null && unpaid.Any(u => u.Modifier.Length == 0);
        var suggestion = globalUnpaid
            ? $"Say that the PFS does not pay {code}{(setting == FeeSetting.Any ? "" : " in the " + MedicareSchedule.Name(setting) + " setting")} instead of giving an amount."
            : (candidates.OrderBy(a => Math.Abs(a.Dollars - claim.Value)).FirstOrDefault() ?? clfs) is { } use ? $"Use {use.Text} ({use.Label})." : null;
        checkedAmounts.Add(new CheckedToken(line, amountText, "fee", Verdict.Error,
            globalUnpaid ? parts[^1] : $"no loaded Medicare amount for {code} is {amountText}"));
        var best = candidates.OrderBy(a => Math.Abs(a.Dollars - claim.Value)).FirstOrDefault() ?? clfs;
        var approximate = claim.Approximate || claim.High is not null ? $" ({(claim.High is null ? "approximate wording allows 10%" : "a range allows 10% either side")})" : "";
        c.Add(new Finding(Severity.Error, line, amountText, FindingKind.FeeMismatch,
            $"The page gives {amountText} as a Medicare {settingWord}amount for {code}{approximate}; {string.Join("; ", parts)}.",
            [.. schedule.Priced.Select(o => o.Evidence), .. unpaid.Select(u => u.Evidence)], suggestion, section, globalUnpaid ? null : best?.Text));
    }

    /// <summary>True when the text or its heading speaks of Medicare's schedules (Medicare, PFS, CLFS, a national amount or limit, a fee schedule).</summary>
    private static bool IsMedicare(string text, string section) => MedicareRegex().IsMatch(text) || MedicareRegex().IsMatch(section)
        || PaymentSystemAmounts.Names(text) || PaymentSystemAmounts.Names(section);

    private static bool NamesOtherPayer(string text) => text.AsSpan().ContainsAny(OtherPayers);

    [GeneratedRegex(@"\b(?:medicare|pfs|mpfs|clfs|dmepos|national(?:\s+(?:limit|amount|rate|payment|average))?|fee schedule|physician fee|locality|localities|non-?facility|facility rate)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MedicareRegex();

    // Whole words: a provider's charge or billed amount is no Medicare figure, while "discharge" (99238) is a service.
    [GeneratedRegex(@"\b(?:charges?|charged|billed (?:amounts?|charges?))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChargeWordsRegex();

    /// <summary>A sentence about the conversion factor, dollars per unit, a deductible or a premium: its amounts are no code's price.</summary>
    [GeneratedRegex(@"\b(?:conversion factor|per unit|deductible|premium)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SentenceNotAPriceRegex();

    /// <summary>An amount stated relative to Medicare's ("150% of Medicare ($12)", "1.2-1.8x Medicare rates"): no Medicare figure itself.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*%\s*of\b|\d(?:\.\d+)?\s*[x×]\s|\b(?:times|multiple)\s+(?:the\s+)?medicare", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    // Words that call an amount a valuation, not a payment ("the 2025 national valuation for 92551").
    [GeneratedRegex(@"\b(?:valuations?|valued|relative values?|RVUs?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ValuationWordsRegex();

    // "100% of current published Medicare rate": the Medicare a relative rule names, removed before asking whether a sentence is about Medicare.
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*%\s*of\s+(?:the\s+)?(?:\w+\s+){0,3}medicare\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentOfMedicareRegex();

    [GeneratedRegex(@"^~?\d{1,3}(?:,\d{3})*\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmountRegex();

    /// <summary>The setting the text names: facility, non-facility, or (neither or both) any.</summary>
    internal static FeeSetting SettingNamed(string text)
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

    [GeneratedRegex(@"\bnon[-\s]?facility\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NonFacilityRegex();

    [GeneratedRegex(@"facility\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FacilityRegex();

}
