using System.Text.RegularExpressions;

namespace CodeBrief.Verify.Page;

/// <summary>
/// The words a sentence gives a code as its meaning: a parenthesis right after it (<c>Z79.4 (long-term use of insulin)</c>),
/// a dash or colon and a phrase (<c>207Q00000X – Family Medicine</c>), or "for"/"is"/"means" and a capitalised or quoted
/// phrase (<c>taxonomy 207R00000X for Internal Medicine</c>). Other wording is not read as a description claim.
/// </summary>
public static partial class ProseDescription
{
    /// <summary>The description the sentence gives the code ending at <paramref name="end"/>, or null.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="end">Index just after the code.</param>
    /// <param name="set">The code's set.</param>
    /// <param name="start">Index of the code's first character, or -1 when unknown.</param>
    public static string? After(string sentence, int end, CodeSet set, int start = -1)
    {
        if (end < 0 || end > sentence.Length) return null;
        var rest = sentence[end..];
        // An end of a range ("98966–98968 (still active)", "98013–98015 by level") shares the words after it with the
        // whole range: they describe no one code.
        if (RangeNextRegex().IsMatch(rest) || (start > 0 && start <= sentence.Length && RangeBeforeRegex().IsMatch(sentence[..start]))) return null;
        var m = ParenRegex().Match(rest);
        if (!m.Success) m = DashRegex().Match(rest);
        if (!m.Success && set != CodeSet.Procedure) m = NamedRegex().Match(rest);
        if (!m.Success) m = QuotedRegex().Match(rest);
        if (!m.Success) return null;
        var text = m.Groups["d"].Value.Trim().Trim('"', '\u201c', '\u201d', '\'');
        // A parenthesis holding another code, an amount or a bare number is no description.
        if (text.Length < 3 || text.Contains('$', StringComparison.Ordinal) || !text.Any(char.IsLetter) || CodeLike().IsMatch(text)) return null;
        return text;
    }

    [GeneratedRegex(@"^\s*[\u2013\u2014-]\s*[A-Z]?\d{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex RangeNextRegex();

    [GeneratedRegex(@"[A-Z]?\d{3,}[A-Z]?\s*[\u2013\u2014-]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeBeforeRegex();

    [GeneratedRegex(@"^\s*\((?<d>(?:[^()]|\([^()]*\)){3,160})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenRegex();

    [GeneratedRegex(@"^\s*(?:[\u2013\u2014:]|\s-\s|--)\s*(?<d>[^.;()\u2013\u2014]{3,120}?)\s*(?=$|[.;(\u2013\u2014]|,\s+(?:which|and|but|is|are|was|when|so|the)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:\(?(?:is|means|=|for|as)\)?\s+)(?:an?\s+|the\s+)?(?<d>[A-Z][\w&/'-]*(?:\s+(?:[A-Z][\w&/'-]*|and|of|&|or|-))*)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedRegex();

    [GeneratedRegex(@"^\s*(?:is|means|=|,)?\s*(?:described as|reads|:)?\s*[""\u201c](?<d>[^""\u201d]{3,120})[""\u201d]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedRegex();

    // Any text that opens with a digit, or a letter then a digit, reads as a code or a number (codes of every system start so),
    // not as words; the code types' own patterns are too wide here (IcdCode.Pattern would take a word such as "THE").
    [GeneratedRegex(@"^[A-Z]?\d[\dA-Z.\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLike();
}
