using System.Text;

namespace CodeBrief.Verify.Text;

/// <summary>
/// The content words of a description, normalised so that wording differences do not count: lower case, hyphens
/// inside words dropped (<c>non-drug</c> = <c>nondrug</c>), <c>w/o</c> and <c>w/</c> spelled out, CMS short-descriptor
/// abbreviations expanded (<c>us</c>, <c>echo</c> = ultrasound), stop words and plural endings removed.
/// </summary>
public sealed class Terms
{
    private Terms(IReadOnlyList<string> words, IReadOnlyList<string> all)
    {
        Words = words;
        AllWords = all;
    }

    /// <summary>Content words in text order (no stop words, no with/without).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Every normalised word in text order, stop words included; used for with/without phrases.</summary>
    public IReadOnlyList<string> AllWords { get; }

    /// <summary>True when there is no content word.</summary>
    public bool IsEmpty => Words.Count == 0;

    /// <summary>Splits and normalises <paramref name="text"/>.</summary>
    public static Terms Of(string? text)
    {
        var all = new List<string>();
        foreach (var raw in Tokenise(text ?? ""))
        {
            var word = Vocabulary.Expand(raw);
            foreach (var part in word.Split(' ', StringSplitOptions.RemoveEmptyEntries)) all.Add(Singular(part));
        }
        var content = all.Where(w => !Vocabulary.StopWords.Contains(w) && w is not ("with" or "without")).Distinct(StringComparer.Ordinal).ToList();
        return new Terms(content, all);
    }

    /// <summary>True when the two words name the same thing: equal, one an abbreviation (prefix) of the other, or sharing a long stem.</summary>
    public static bool Same(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 3 && char.IsLetter(shorter[0]) && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        var common = 0;
        while (common < shorter.Length && shorter[common] == longer[common]) common++;
        return common >= 7;
    }

    /// <summary>True when some word of this set is <see cref="Same"/> as <paramref name="word"/>.</summary>
    public bool Has(string word) => Words.Any(w => Same(w, word)) || AllWords.Any(w => Same(w, word));

    /// <summary>The share (0..1) of this set's content words found in <paramref name="other"/>; 0 for an empty set.</summary>
    public double CoveredBy(Terms other)
    {
        if (IsEmpty) return 0;
        var hit = Words.Count(w => other.Words.Any(o => Same(w, o)));
        return (double)hit / Words.Count;
    }

    /// <summary>The content words of this set missing from <paramref name="other"/>.</summary>
    public IEnumerable<string> MissingFrom(Terms other) => Words.Where(w => !other.Words.Any(o => Same(w, o)));

    private static IEnumerable<string> Tokenise(string text)
    {
        var s = text.ToLowerInvariant()
            .Replace("w/o", " without ", StringComparison.Ordinal)
            .Replace("o/p", " outpatient ", StringComparison.Ordinal)
            .Replace("w/", " with ", StringComparison.Ordinal)
            .Replace("&", " and ", StringComparison.Ordinal)
            .Replace("1st", " first ", StringComparison.Ordinal)
            .Replace("off the shelf", " offtheshelf ", StringComparison.Ordinal)
            .Replace("custom fitted", " customized ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            // A hyphen or apostrophe inside a word joins it (non-drug, her-2); anywhere else it separates, as it does after a
            // number ("30-minute session" is 30 minutes).
            if ((c is '-' or '\'' or '\u2019') && i > 0 && i + 1 < s.Length && char.IsLetterOrDigit(s[i - 1]) && char.IsLetterOrDigit(s[i + 1])
                && !(char.IsDigit(s[i - 1]) && char.IsLetter(s[i + 1]))) continue;
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Singular(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}
