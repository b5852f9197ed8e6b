using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// A time in a code's official text names a band, not an exact length. Office visit 99213 "20 min" is met from 20 minutes
/// up to the next level's 30; psychotherapy 90832 "30 minutes" covers the sessions nearer 30 than the 45 of 90834. A page
/// that bills a 15-minute visit as 99212 ("10 min") is right; one that calls a 40-minute visit 99213 names 99215's band.
/// The neighbours are the codes a few numbers away whose PFS descriptor starts with the same word and states a time.
/// </summary>
internal static class TimeBands
{
    /// <summary>How far on either side of a code its level neighbours are looked for.</summary>
    private const int Reach = 6;

    /// <summary>True when the page's time (<paramref name="pageValue"/>) lies in the band of the official one, for unit <c>min</c>.</summary>
    public static bool Agree(VerifyContext c, string code, string unit, string officialValue, string pageValue)
    {
        if (unit != "min") return false;
        var own = Features.ValueOf(officialValue);
        var page = Features.ValueOf(pageValue);
        var neighbours = NeighbourMinutes(c, code).Where(m => m != own).ToList();
        if (neighbours.Count == 0) return false;
        // Threshold reading (office and outpatient E/M): at least this level's time, short of the next level's.
        var threshold = page >= own && !neighbours.Any(m => m > own && m <= page);
        // Nearest reading (psychotherapy): nearer this code's time than any neighbour's.
        var nearest = neighbours.All(m => Math.Abs(page - own) < Math.Abs(page - m));
        return threshold || nearest;
    }

    /// <summary>The single stated time of each level neighbour of <paramref name="code"/> (same first descriptor word).</summary>
    private static IEnumerable<decimal> NeighbourMinutes(VerifyContext c, string code)
    {
        var digits = code.Length - code.TakeWhile(ch => !char.IsAsciiDigit(ch)).Count();
        if (digits < 4 || !int.TryParse(code.AsSpan(code.Length - digits), out var number)) yield break;
        var prefix = code[..^digits];
        var family = FirstWord(c, code);
        if (family is null) yield break;
        for (var n = number - Reach; n <= number + Reach; n++)
        {
            if (n == number || n < 0) continue;
            var other = prefix + n.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
            if (FirstWord(c, other) != family) continue;
            var text = c.PfsOf(other).FirstOrDefault(r => r.Modifier.Length == 0)?.Description ?? "";
            if (Features.Of(text).TryGetValue("min", out var values) && values.Count == 1) yield return Features.ValueOf(values.First());
        }
    }

    private static string? FirstWord(VerifyContext c, string code) =>
        c.PfsOf(code).FirstOrDefault(r => r.Modifier.Length == 0)?.Description.Split(' ', 2)[0].ToUpperInvariant();
}
