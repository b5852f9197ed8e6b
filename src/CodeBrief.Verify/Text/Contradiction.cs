namespace CodeBrief.Verify.Text;

/// <summary>
/// Finds words on a page that contradict the official text outright: the page says <c>limited</c> where the code
/// is <c>complete</c>, or <c>with contrast</c> where it is <c>without contrast</c>. Word overlap alone cannot see
/// these, because the two texts share almost every word.
/// </summary>
public static class Contradiction
{
    private static readonly (string A, string B)[] Opposites =
    [
        ("complete", "limited"), ("unilateral", "bilateral"), ("initial", "subsequent"), ("new", "established"),
        ("qualitative", "quantitative"), ("first", "additional"), ("benign", "malignant"), ("acute", "chronic"),
        ("left", "right"), ("upper", "lower"), ("professional", "technical"),
        // What distinguishes a code from its neighbours (issue 14, item 4).
        ("insulin", "oral"), ("customized", "offtheshelf"), ("unspecified", "exacerbation"), ("wheeled", "pickup"),
        ("straightforward", "low"), ("straightforward", "moderate"), ("straightforward", "high"), ("low", "moderate"), ("low", "high"), ("moderate", "high"),
    ];

    /// <summary>The official phrase and the contradicting page phrase, or null when the texts do not contradict.</summary>
    public static (string Official, string Page)? Find(Terms official, Terms page) =>
        Raw(official, page) is { } x ? (Show(x.Official), Show(x.Page)) : null;

    /// <summary>A normalised word as a person writes it.</summary>
    private static string Show(string phrase) => phrase.Replace("offtheshelf", "off-the-shelf", StringComparison.Ordinal);

    private static (string Official, string Page)? Raw(Terms official, Terms page)
    {
        foreach (var (a, b) in Opposites)
        {
            if (Says(official, a) && !Says(official, b) && Says(page, b) && !Says(page, a)) return (a, b);
            if (Says(official, b) && !Says(official, a) && Says(page, a) && !Says(page, b)) return (b, a);
        }
        return WithWithout(official, page, "without", "with") ?? WithWithout(official, page, "with", "without");
    }

    private static bool Says(Terms terms, string word) => terms.AllWords.Contains(word, StringComparer.Ordinal);

    /// <summary>Official "<paramref name="officialWord"/> X" against page "<paramref name="pageWord"/> X" for the same X.</summary>
    private static (string, string)? WithWithout(Terms official, Terms page, string officialWord, string pageWord)
    {
        foreach (var obj in ObjectsOf(official.AllWords, officialWord))
        {
            if (ObjectsOf(page.AllWords, officialWord).Any(o => Terms.Same(o, obj))) continue;
            if (ObjectsOf(page.AllWords, pageWord).Any(o => Terms.Same(o, obj))) return ($"{officialWord} {obj}", $"{pageWord} {obj}");
        }
        return null;
    }

    /// <summary>The first content word after each occurrence of <paramref name="word"/>.</summary>
    private static IEnumerable<string> ObjectsOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] != word) continue;
            for (var j = i + 1; j < Math.Min(words.Count, i + 3); j++)
                if (!Vocabulary.StopWords.Contains(words[j])) { yield return words[j]; break; }
        }
    }
}
