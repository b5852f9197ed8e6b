using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

namespace CodeBrief.Verify.Page;

/// <summary>
/// Which procedure code a claim belongs to (issue 14, item 1): the code of its table row, else of its sentence, else of its
/// section heading, else of the page title, else the <c>--subject</c> given. A page about many codes is so audited code by code.
/// </summary>
public static partial class ClaimScope
{
    /// <summary>The code a heading names (<c>## 99214 — Office visit</c>, <c>CPT 86320</c>), or null.</summary>
    public static string? OfHeading(string? heading)
    {
        if (string.IsNullOrEmpty(heading)) return null;
        var m = HeadingCodeRegex().Match(heading);
        return m.Success ? m.Groups["c"].Value.ToUpperInvariant() : null;
    }

    /// <summary>The code the page as a whole is about: <paramref name="subjectOverride"/>, else the title's code, else null.</summary>
    public static string? OfPage(PageDocument page, string? subjectOverride) =>
        subjectOverride?.Trim().ToUpperInvariant() ?? SubjectPattern.Find(page.Title) ?? OfHeading(page.Title);

    /// <summary>The fallback for a claim that names no code itself: its heading's code, else the page's.</summary>
    public static string? Fallback(string section, string? pageCode) => OfHeading(section) ?? pageCode;

    /// <summary>
    /// True when a heading introduces a reference list ("Common modifiers", "Modifier glossary", "Place of service codes")
    /// rather than facts about one code: its rows claim nothing about the page's subject.
    /// </summary>
    public static bool IsGenericHeading(string section) => GenericRegex().IsMatch(section);

    /// <summary>The sentences of a text with their start offsets; a sentence ends at . ; ! ? followed by a space and a capital or digit.</summary>
    public static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEndRegex().Matches(text))
        {
            // A full stop inside parentheses (a status meaning quoted in the brief) does not end the sentence around it.
            var depth = 0;
            for (var i = start; i < m.Index; i++) depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth > 0) continue;
            yield return (start, text[start..m.Index]);
            start = m.Index + m.Length;
        }
        if (start < text.Length) yield return (start, text[start..]);
    }

    /// <summary>
    /// The procedure-code-shaped words of a sentence with their offsets, for pinning an amount or a global period on the code
    /// before it. Bare five-digit numbers count here (the caller keeps only codes a loaded file has). A code inside
    /// parentheses is an aside ("the visit (99214 when ...) pays $X"), and a citation link's target and title
    /// (<c>[\[3\]](#src-3 "PPRRVU2025_Oct.csv (RVU25D), row 10457")</c>) sit inside parentheses too: neither is the sentence's subject.
    /// </summary>
    public static IReadOnlyList<(int Index, string Code)> CodesIn(string text)
    {
        var depth = Depths(text);
        var all = HeadingCodeRegex().Matches(text).Select(m => (m.Index, m.Groups["c"].Value.ToUpperInvariant())).ToList();
        var outside = all.Where(m => depth[m.Index] == 0).ToList();
        if (outside.Count > 0) return outside;
        // "Serum immunoelectrophoresis (CPT 86320) pays $29.92": when no code stands outside, a parenthesis that holds nothing
        // but a code names the thing before it; "(92002-92014)" or "(99214 when complex)" remain asides.
        return [.. all.Where(m => IdentifierRegex().IsMatch(Parenthesis(text, m.Index)))];
    }

    /// <summary>The text of the innermost parenthesis around <paramref name="index"/>.</summary>
    private static string Parenthesis(string text, int index)
    {
        var open = text.LastIndexOf('(', index);
        var close = text.IndexOf(')', index);
        return open < 0 || close < 0 ? "" : text[(open + 1)..close];
    }

    /// <summary>The parenthesis depth at each offset of <paramref name="text"/> (0 outside any parenthesis).</summary>
    internal static int[] Depths(string text)
    {
        var depth = new int[text.Length + 1];
        var d = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') d++;
            depth[i] = d;
            if (text[i] == ')' && d > 0) d--;
        }
        depth[text.Length] = d;
        return depth;
    }

    /// <summary>
    /// The code before <paramref name="index"/> in <paramref name="codes"/>, else the first after it, else null. A bare
    /// five-digit number counts only when <paramref name="known"/> (a loaded file has it); any other code shape always counts.
    /// </summary>
    public static string? Nearest(IReadOnlyList<(int Index, string Code)> codes, int index, Func<string, bool> known)
    {
        var candidates = codes.Where(c => !c.Code.All(char.IsAsciiDigit) || known(c.Code)).ToList();
        return candidates.LastOrDefault(c => c.Index < index).Code ?? candidates.FirstOrDefault().Code;
    }

    // A heading names a code when a code-shaped word stands in it (not inside a longer word or number).
    // Not inside a longer number or a LOINC code (24323-8); a modifier after a hyphen (86320-26) leaves the code a code.
    [GeneratedRegex(@"(?<![\w.$-])(?<c>" + HcpcsCode.Pattern + @")(?![\w]|[.,]\d|-\d(?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingCodeRegex();

    [GeneratedRegex(@"^\s*(?:(?:CPT|HCPCS)(?:®)?\s+)?" + HcpcsCode.Pattern + @"(?:-" + ModifierCode.Pattern + @")?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierRegex();

    [GeneratedRegex(@"\b(?:common(?:ly)?|general|glossary|reference|list of|overview|cheat ?sheet|frequently|all modifiers|modifier (?:list|table|guide)|place of service|quick guide)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenericRegex();

    [GeneratedRegex(@"(?<=[a-z0-9)\]%""'][.;!?])\s+(?=[A-Z0-9(""'])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndRegex();
}
