using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Global surgical periods the page states ("a 090-day global", "global period: XXX", a "Global days" column) against the
/// PFS GLOB DAYS of the code the claim belongs to, described in <see cref="PfsIndicators.GlobalDays"/>'s words.
/// </summary>
internal static partial class GlobalPeriodCheck
{
    public static void Run(VerifyContext c)
    {
        // Every wording ProseRegex reads names "global": other text is passed over unsplit.
        foreach (var p in c.Page.Paragraphs.Where(p => p.Text.Contains("global", StringComparison.OrdinalIgnoreCase)))
            foreach (var (_, sentence) in ClaimScope.Sentences(p.Text))
                foreach (Match m in ProseRegex().Matches(sentence))
                {
                    var codes = ClaimScope.CodesIn(sentence);
                    var code = ClaimScope.Nearest(codes, m.Index, k => c.PfsOf(k).Count > 0) ?? ClaimScope.Fallback(p.Section, c.Subject);
                    if (code is not null && c.Descriptors.QuotesOwn(code, Around(sentence, m))) continue;
                    Judge(c, p.Line, p.Section, code, m.Value, m.Groups["v"].Value);
                }
        foreach (var table in c.Page.Tables)
        {
            var column = table.Columns.ToList().FindIndex(col => col.Header.Contains("global", StringComparison.OrdinalIgnoreCase));
            if (column < 0) continue;
            foreach (var row in table.Rows)
            {
                var cell = row.Cell(column).Trim();
                var m = CellRegex().Match(cell);
                if (!m.Success) continue;
                var code = c.Tokens.FirstOrDefault(t => t.Row == row && t.Set == CodeSet.Procedure)?.Code ?? ClaimScope.Fallback(table.Section, c.Subject);
                Judge(c, row.Line, table.Section, code, cell, m.Groups["v"].Value);
            }
        }
    }

    /// <summary>The match with the whole words up to 25 characters either side of it: enough to tell a quotation of the
    /// code's own descriptor from a sentence that states the code's period.</summary>
    private static string Around(string sentence, Match m)
    {
        var start = Math.Max(0, m.Index - 25);
        var end = Math.Min(sentence.Length, m.Index + m.Length + 25);
        while (start > 0 && start < m.Index && !char.IsWhiteSpace(sentence[start - 1])) start++;
        while (end < sentence.Length && end > m.Index + m.Length && !char.IsWhiteSpace(sentence[end])) end--;
        return sentence[start..end];
    }

    private static void Judge(VerifyContext c, int line, string section, string? code, string token, string value)
    {
        if (code is null || Normalise(value) is not { } claimed) return;
        // A period that one of the code's PFS rows gives is the period of that row (76940: XXX on its 26 row, YYY on the
        // global row), since a sentence may speak of one component; otherwise the global row is the one compared.
        var rows = c.PfsOf(code);
        var row = rows.FirstOrDefault(r => r.GlobalDays?.Trim() == claimed)
            ?? rows.FirstOrDefault(r => r.Modifier.Length == 0) ?? rows.FirstOrDefault();
        if (row is null || string.IsNullOrWhiteSpace(row.GlobalDays))
        {
            c.OtherChecked.Add(new CheckedToken(line, token, "global_period", Verdict.NotVerifiable, $"no PFS row for {code} gives a global period"));
            return;
        }
        var official = row.GlobalDays.Trim();
        var evidence = new Evidence(row.Source, $"{row.Code} GLOB DAYS {official}: {PfsIndicators.GlobalDays(official)}");
        if (claimed == official)
        {
            c.OtherChecked.Add(new CheckedToken(line, token, "global_period", Verdict.Ok, evidence.ToString()));
            return;
        }
        c.OtherChecked.Add(new CheckedToken(line, token, "global_period", Verdict.Error, $"{code} has GLOB DAYS {official}"));
        var replacement = int.TryParse(official, NumberStyles.None, CultureInfo.InvariantCulture, out _) && char.IsDigit(token[0])
            ? token.Replace(value, official.Length == value.Length ? official : int.Parse(official, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : official;
        c.Add(new Finding(Severity.Error, line, token, FindingKind.GlobalPeriod,
            $"The page gives {code} a global period of {claimed}; the PFS gives GLOB DAYS {official} ({PfsIndicators.GlobalDays(official)}).",
            [evidence], $"Write the global period of {code} as {official}.", section, replacement));
    }

    /// <summary>The PFS form of a stated period: 90 → 090, "xxx" → XXX; null when the text is no period.</summary>
    private static string? Normalise(string value)
    {
        var v = value.Trim().ToUpperInvariant();
        if (v is "XXX" or "YYY" or "ZZZ" or "MMM") return v;
        return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is 0 or 10 or 90 ? n.ToString("000", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\b(?:(?<v>\d{1,3})[-\s]day\s+global|global\s+(?:surgical\s+)?(?:period|days?)(?:\s+(?:is|of|=))?\s*:?\s*(?<v>XXX|YYY|ZZZ|MMM|\d{1,3})\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProseRegex();

    [GeneratedRegex(@"^(?<v>XXX|YYY|ZZZ|MMM|\d{1,3})(?:\s*days?)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CellRegex();
}
