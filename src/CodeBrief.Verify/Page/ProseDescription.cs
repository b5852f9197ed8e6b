using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

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
        if (IsRangeBound(sentence, start, end)) return null;
        // Likewise the last code of a list ("CPT 80061, 82465, 83718, 84478 - Lipid panel"): the phrase after it is the list's.
        if (start > 0 && start <= sentence.Length && ListBeforeRegex().IsMatch(sentence.AsSpan(0, start))) return null;
        var m = ParenRegex().Match(rest);
        // A parenthesis followed by a colon or dash and a phrase is a label ("363LF0000X (Level III): a Family Nurse
        // Practitioner"); the phrase is the description.
        if (m.Success && DashRegex().Match(rest[m.Length..]) is { Success: true } labelled) m = labelled;
        if (!m.Success) m = DashRegex().Match(rest);
        if (!m.Success && set != CodeSet.Procedure) m = NamedRegex().Match(rest);
        if (!m.Success) m = QuotedRegex().Match(rest);
        if (!m.Success) return null;
        // "becomes 363LF0000X: a Family Nurse Practitioner": the article is no part of the name.
        var text = ArticleRegex().Replace(m.Groups["d"].Value.Trim().Trim('"', '\u201c', '\u201d', '\''), "");
        // A parenthesis holding another code ("Z12.31 (V76.11 or V76.12)"), an amount or a bare number is no description.
        if (text.Length < 3 || text.Contains('$', StringComparison.Ordinal) || !text.Any(char.IsLetter) || CodeLike().IsMatch(text)
            || OpensWithCode(text) || CodeSystemRegex().IsMatch(text)) return null;
        // "+11103 (for the first shave)", "99213 - If time <30 min": words that say when or why the code is used describe no code.
        if (UsageNoteRegex().IsMatch(text)) return null;
        return text;
    }

    /// <summary>True when the code from <paramref name="start"/> to <paramref name="end"/> is an end of a range ("98966–98968", "E78.0–E78.9", "Z68.1 to Z68.45").</summary>
    public static bool IsRangeBound(string sentence, int start, int end) =>
        (end >= 0 && end <= sentence.Length && RangeNextRegex().IsMatch(sentence.AsSpan(end)))
        || (start > 0 && start <= sentence.Length && RangeBeforeRegex().IsMatch(sentence.AsSpan(0, start)));

    /// <summary>True when the text's first word is a code of five or more characters ("V76.11 or V76.12"); "(24 hours)" is words.</summary>
    private static bool OpensWithCode(string text) => text.Split(' ', 2)[0].TrimEnd(',', ';') is { Length: >= 5 } first && CodeLike().IsMatch(first);

    /// <summary>A procedure code (98966) or a diagnosis code (E78.0): the codes that bound ranges and make lists.</summary>
    private const string AnyCode = "(?:" + HcpcsCode.Pattern + "|" + IcdCode.Pattern + ")";

    // A bound is a procedure or diagnosis code: "-25" after 99213 is a modifier, no range.
    [GeneratedRegex(@"^\s*(?:[\u2013\u2014-]|\s(?:to|through|thru)\s)\s*" + AnyCode, RegexOptions.CultureInvariant)]
    private static partial Regex RangeNextRegex();

    [GeneratedRegex(AnyCode + @"(?:\s*[\u2013\u2014-]|\s+(?:to|through|thru))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeBeforeRegex();

    [GeneratedRegex(@"^\s*(?:for|if|when|used|use|see|per|e\.g\.|i\.e\.|billed|reported|requires?|required)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UsageNoteRegex();

    // "E11.65 is an ICD-10-CM diagnosis code that …": the name of a code system is no description of a code.
    [GeneratedRegex(@"^(?:ICD(?:-?\d+)?(?:-CM|-PCS)?|CPT|HCPCS|NUCC|NDC|LOINC|SNOMED)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodeSystemRegex();

    [GeneratedRegex(AnyCode + @"\s*(?:,|\band\b|\bor\b|&)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListBeforeRegex();

    [GeneratedRegex(@"^(?:an?|the)\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^\s*\((?<d>(?:[^()]|\([^()]*\)){3,160})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenRegex();

    [GeneratedRegex(@"^\s*(?:[\u2013\u2014:]|\s-\s|--)\s*(?<d>[^.;()\u2013\u2014]{3,120}?)\s*(?=$|[.;(\u2013\u2014]|,\s+(?:which|and|but|is|are|was|when|so|the|as)\b)", RegexOptions.CultureInvariant)]
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
