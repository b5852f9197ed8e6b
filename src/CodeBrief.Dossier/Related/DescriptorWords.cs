using System.Text.RegularExpressions;

namespace CodeBrief.Dossier.Related;

/// <summary>
/// The words of a descriptor as the related-code rules compare them: lower case, letters and digits (hyphenated words kept
/// whole), with the fee schedules' abbreviations <c>w/o</c> and <c>w/</c> spelt out as <c>without</c> and <c>with</c>.
/// </summary>
public static partial class DescriptorWords
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spelt = WithOut().Replace(text.ToLowerInvariant(), " without ");
        spelt = With().Replace(spelt, " with ");
        return Word().Matches(spelt).Select(m => m.Value).ToList();
    }

    /// <summary>How many leading words two descriptors share.</summary>
    public static int SharedLeading(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = 0;
        while (n < a.Count && n < b.Count && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>
    /// The descriptor-family score: leading words shared, over the word count of the longer descriptor (1 = the same words).
    /// Rounded to two decimals so the published score is the one compared with the threshold.
    /// </summary>
    public static decimal StemScore(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Count, b.Count);
        return longer == 0 ? 0 : Math.Round((decimal)SharedLeading(a, b) / longer, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// True when <paramref name="without"/> says "without X" and <paramref name="with"/> is the same descriptor saying "with X":
    /// the two codes are the with/without twins of one service.
    /// </summary>
    public static bool IsWithoutWithPair(IReadOnlyList<string> without, IReadOnlyList<string> with)
    {
        ArgumentNullException.ThrowIfNull(without);
        ArgumentNullException.ThrowIfNull(with);
        if (without.Count != with.Count || !without.Contains("without") || with.Contains("without")) return false;
        var changed = 0;
        for (var i = 0; i < without.Count; i++)
        {
            if (without[i] == with[i]) continue;
            if (without[i] != "without" || with[i] != "with") return false;
            changed++;
        }
        return changed == 1;
    }

    [GeneratedRegex(@"\bw/o\b", RegexOptions.CultureInvariant)]
    private static partial Regex WithOut();

    [GeneratedRegex(@"\bw/", RegexOptions.CultureInvariant)]
    private static partial Regex With();

    [GeneratedRegex(@"[a-z0-9]+(?:-[a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
