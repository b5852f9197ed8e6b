using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Reads dollar amounts with what the words around them say they are (issue 14, item 1): national or a locality's (named
/// or an end of the range), non-facility or facility, which modifier, PFS or CLFS, exact or approximate ("about $95",
/// "~$89"), a single figure or a range ("$130-$175", "$16.31 (ARKANSAS) to $23.39 (ALASKA*)").
/// </summary>
internal static partial class AmountClaims
{
    /// <summary>Which schedule the words name.</summary>
    public enum Kind
    {
        /// <summary>None named: any Medicare figure of the code.</summary>
        Any,
        /// <summary>The Physician Fee Schedule.</summary>
        Pfs,
        /// <summary>The Clinical Laboratory Fee Schedule.</summary>
        Clfs,
    }

    /// <summary>Which end of the locality range a single figure is said to be.</summary>
    public enum RangeEnd
    {
        /// <summary>Neither.</summary>
        None,
        /// <summary>The lowest locality amount.</summary>
        Min,
        /// <summary>The highest locality amount.</summary>
        Max,
    }

    /// <summary>One amount and what it is said to be.</summary>
    /// <param name="Index">Offset of the amount in the text.</param>
    /// <param name="Text">The amount as written (<c>$17.41</c>, <c>$130-$175</c>).</param>
    /// <param name="Value">The figure, or the low end of a range.</param>
    /// <param name="High">The high end of a range, or null.</param>
    /// <param name="Approximate">True for "about", "~" and the like: 10% either way is allowed.</param>
    /// <param name="National">The words call it national.</param>
    /// <param name="Locality">The words call it a locality's amount or range.</param>
    /// <param name="LocalityName">The locality named, upper case, or null.</param>
    /// <param name="Setting">Non-facility, facility or either.</param>
    /// <param name="Modifier">The payment modifier named (26, TC, 53), or null.</param>
    /// <param name="Schedule">The schedule named.</param>
    /// <param name="End">The end of the locality range named.</param>
    /// <param name="Window">The words read for this amount.</param>
    /// <param name="Place">The places the words name ("in Manhattan"), upper case and separated by <c>|</c>, each a locality claim when a locality bears that name (or its first words); or null.</param>
    /// <param name="ByState">The words call it one state's amount or range ("by state"): its localities lie inside the national range, its ends need not be the range's.</param>
    public sealed record Claim(int Index, string Text, decimal Value, decimal? High, bool Approximate, bool National, bool Locality, string? LocalityName,
        FeeSetting Setting, string? Modifier, Kind Schedule, RangeEnd End, string Window, string? Place = null, bool ByState = false);

    /// <summary>True when <paramref name="value"/>, as the page words it, is <paramref name="official"/>: to the cent, or
    /// within 10% for approximate wording ("about $95", "~$89").</summary>
    public static bool Near(decimal official, decimal value, bool approximate) =>
        Math.Abs(official - value) <= (approximate ? official * 0.10m : 0m) + 0.01m;

    /// <summary>True when the claim's figure is <paramref name="official"/>: <see cref="Near"/> for one figure; for a range
    /// ("$130-$175"), the official figure inside it widened by 10% either side.</summary>
    public static bool Covers(Claim claim, decimal official) =>
        claim.High is { } high
            ? official >= claim.Value * 0.9m - 0.01m && official <= high * 1.1m + 0.01m
            : Near(official, claim.Value, claim.Approximate);

    /// <summary>The amount claims of <paramref name="text"/>; <paramref name="context"/> (a column header, a row's labels) speaks for each.</summary>
    public static IEnumerable<Claim> InText(string text, string context = "")
    {
        // A sentence that speaks of localities speaks of every amount in it that it does not call national.
        var sentenceLocality = text.Contains("localit", StringComparison.OrdinalIgnoreCase);
        var matches = AmountRegex().Matches(text);
        string? previousModifier = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var from = i == 0 ? 0 : matches[i - 1].Index + matches[i - 1].Length;
            var before = text[from..m.Index];
            var cut = LastCut(before);
            // An amount in parentheses ("($135.14 in Arkansas to $198.41 in San Jose)") belongs to the clause around it.
            var parenthetical = cut >= 0 && before[cut] == '(';
            if (cut >= 0) before = before[(cut + 1)..];
            // "$496.64 in Arkansas to $721.56 in San Jose) and $376.51 in a facility": the place right after an amount is that amount's.
            if (i > 0) before = PreviousPlaceRegex().Replace(before, "", 1);
            var to = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var after = text[(m.Index + m.Length)..to];
            var stop = after.IndexOfAny([';', '|', ',', '.']);
            if (stop >= 0 && !(after.Length > stop + 1 && char.IsDigit(after[stop + 1]))) after = after[..stop];
            var window = $"{context} {before} {m.Value} {after}";
            var lower = window.ToLowerInvariant();
            var value = Parse(m.Groups["v"].Value);
            decimal? high = m.Groups["h"].Success ? Parse(m.Groups["h"].Value) : null;
            var approximate = m.Groups["approx"].Success || ApproxRegex().IsMatch(before.TrimEnd()) || lower.Contains("approx", StringComparison.Ordinal)
                || lower.Contains("average", StringComparison.Ordinal) || lower.Contains("estimate", StringComparison.Ordinal);
            var national = lower.Contains("national", StringComparison.Ordinal);
            // "by state" (a brief's per-state table: each state's amount is one of its localities') is locality wording too.
            var byState = lower.Contains("by state", StringComparison.Ordinal);
            var localityWords = lower.Contains("localit", StringComparison.Ordinal) || byState || (sentenceLocality && !national);
            // A range's parentheses name the localities of its ends, not one locality the amount is.
            var localityName = high is null ? LocalityName(before, after, m.Groups["p1"].Success ? m.Groups["p1"].Value : null, localityWords) : null;
            var locality = localityWords || localityName is not null;
            var end = MaxRegex().IsMatch(lower) ? RangeEnd.Max : MinRegex().IsMatch(lower) ? RangeEnd.Min : RangeEnd.None;
            var schedule = ClfsRegex().IsMatch(lower) ? Kind.Clfs : PfsRegex().IsMatch(lower) ? Kind.Pfs : Kind.Any;
            // "modifier 26 … $7.76 non-facility and $7.76 facility": a modifier carries to the next amount of the same clause,
            // over an amount in parentheses between them ("modifier 53, … $152.68 in an office (… ranges …) and $75.37 in a facility").
            var modifier = Modifier(window) ?? (i > 0 && (cut < 0 || parenthetical) ? previousModifier : null);
            if (!parenthetical) previousModifier = modifier;
            yield return new Claim(m.Index, m.Value.Trim(), value, high, approximate, national, locality, localityName,
                FeeCheck.SettingNamed(window), modifier, schedule, end, window,
                string.Join("|", PlaceRegex().Matches(window).Select(p => p.Groups["n"].Value.Trim().ToUpperInvariant())) is { Length: > 0 } places ? places : null, byState);
        }
    }

    /// <summary>The last ; or | outside parentheses (a quoted status meaning holds semicolons), or -1.</summary>
    private static int LastCut(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            // The parenthesis the amount stands in ("in an office (non-facility) ($149.03 in Mississippi to …)"): the words before it describe another amount.
            else if (text[i] == '(' && depth == 0) return i;
            else if (text[i] == '(') depth--;
            else if (depth == 0 && text[i] is ';' or '|') return i;
        }
        return -1;
    }

    private static decimal Parse(string s) => decimal.Parse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string? LocalityName(string before, string after, string? parenthetical, bool locality)
    {
        if (parenthetical is not null && parenthetical.Any(char.IsLetter) && parenthetical.Trim().All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))
            return parenthetical.Trim().TrimEnd('*').Trim();
        var m = NamedLocalityRegex().Match(before + " " + after);
        if (m.Success) return m.Groups["n"].Value.Trim().ToUpperInvariant();
        // "from $114.69 in Arkansas to $158.97 in Alaska": a place right after the amount, in a sentence about localities.
        if (locality && InPlaceRegex().Match(after) is { Success: true } place) return place.Groups["n"].Value.Trim().ToUpperInvariant();
        return null;
    }

    [GeneratedRegex(@"^\s*(?:\(|in\s+|for\s+)(?<n>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex InPlaceRegex();

    [GeneratedRegex(@"^\s*(?:in|for)\s+(?:the\s+)?[A-Z][\w.'*]*(?:(?:\s+|-)[A-Z][\w.'*]*)*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousPlaceRegex();

    [GeneratedRegex(@"\b(?:[Ii]n|[Ff]or)\s+(?:the\s+)?(?<n>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceRegex();

    private static string? Modifier(string window)
    {
        var m = ModifierRegex().Match(window);
        if (m.Success) return m.Groups["m"].Value.ToUpperInvariant();
        if (window.Contains("professional component", StringComparison.OrdinalIgnoreCase)) return "26";
        if (window.Contains("technical component", StringComparison.OrdinalIgnoreCase)) return "TC";
        return null;
    }

    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?";

    [GeneratedRegex(@"(?<approx>~|≈|\babout\s+|\bapprox(?:imately|\.)?\s*|\baround\s+|\broughly\s+|\bnearly\s+|\balmost\s+|\bclose to\s+|\best(?:imated|\.)?\s+)?\$\s?(?<v>" + Number + @")(?:\s*\((?<p1>[^()$]{2,60})\))?(?:\s*(?:-|–|—|to)\s*\$\s?(?<h>" + Number + @")(?:\s*\([^()$]{2,60}\))?|(?<!\))\s*(?:-|–|—)\s*(?<h>" + Number + @")(?![\d,]))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AmountRegex();

    [GeneratedRegex(@"(?:~|≈|about|approx(?:imately|\.)?|around|roughly|nearly|almost|close to|est(?:imated|\.)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ApproxRegex();

    [GeneratedRegex(@"\b(?:max(?:imum)?|highest|up to|top|most expensive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MaxRegex();

    [GeneratedRegex(@"\b(?:min(?:imum)?|lowest|as low as|least)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinRegex();

    [GeneratedRegex(@"\b(?:clfs|lab(?:oratory)? fee|clinical laboratory|national limit|nla)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClfsRegex();

    [GeneratedRegex(@"\b(?:pfs|mpfs|physician fee|rvus?|non-?facility|facility)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PfsRegex();

    [GeneratedRegex(@"(?:\b(?:in|for)\s+(?:the\s+)?(?<n>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3})\s+(?:locality|area|payment locality)\b|\blocality\s+(?:of\s+|:\s*)?(?<n>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}))",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedLocalityRegex();

    [GeneratedRegex(@"(?:\bmod(?:ifier)?\.?\s*-?\s*(?<m>26|TC|53|5[0-2]|80|8[12]|AS)\b|(?<=\b" + HcpcsCode.Pattern + @")-(?<m>" + ModifierCode.Pattern + @")\b|(?<![\w-])-(?<m>26|TC)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModifierRegex();
}
