using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeBrief.Verify.Text;

/// <summary>
/// The measured features that set a code apart from its neighbours: sizes (<c>2.5 cm</c>), times (<c>30 min</c>), age
/// bands (<c>&lt;5 yrs</c> against <c>age 5+</c>), types and stages (<c>Type 1</c> diabetes is E10, <c>Type 2</c> E11; CKD
/// <c>stage 3</c> against <c>stage 4</c>). Word overlap cannot see these: 12031 and 12032 share every word but the size.
/// </summary>
public static partial class Features
{
    /// <summary>The official feature and the page feature that contradict it, or null.</summary>
    /// <param name="official">The official text.</param>
    /// <param name="page">The page's text.</param>
    /// <param name="accept">Optional: true when a page value (<c>25 min</c>) that differs from an official one (<c>20 min</c>) of the
    /// same unit (<c>min</c>) still agrees with it, as a time inside the code's band does; arguments are unit, official, page.</param>
    public static (string Official, string Page)? Conflict(string official, string page, Func<string, string, string, bool>? accept = null)
    {
        var o = Of(official);
        var p = Of(page);
        foreach (var unit in o.Keys)
        {
            if (!p.TryGetValue(unit, out var pageValues)) continue;
            if (pageValues.Overlaps(o[unit])) continue;
            if (accept is not null && pageValues.All(pv => o[unit].Any(ov => accept(unit, ov, pv)))) continue;
            return (o[unit].First(), pageValues.First());
        }
        return null;
    }

    /// <summary>The number of a feature value (<c>25 min</c> gives 25).</summary>
    public static decimal ValueOf(string feature) =>
        decimal.Parse(feature.Split(' ')[0], NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The features of <paramref name="text"/>, by unit (<c>cm</c>, <c>min</c>, <c>age</c>).</summary>
    public static Dictionary<string, HashSet<string>> Of(string text)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string unit, string value)
        {
            if (!map.TryGetValue(unit, out var set)) map[unit] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(value);
        }
        var lower = text.ToLowerInvariant();
        foreach (Match m in CmRegex().Matches(lower)) Add("cm", Number(m.Groups["n"].Value) + " cm");
        foreach (Match m in MinRegex().Matches(lower)) Add("min", Number(m.Groups["n"].Value) + " min");
        foreach (Match m in UnderRegex().Matches(lower)) Add("age", "under " + Number(m.Groups["n"].Value));
        foreach (Match m in OverRegex().Matches(lower)) Add("age", Number(m.Groups["n"].Value) + " or older");
        foreach (Match m in TypeRegex().Matches(lower)) Add(m.Groups["u"].Value, m.Groups["u"].Value + " " + Ordinal(m.Groups["n"].Value));
        return map;
    }

    /// <summary>A type or stage number written in digits or Roman numerals ("II" is 2).</summary>
    private static string Ordinal(string s) => s switch { "i" => "1", "ii" => "2", "iii" => "3", "iv" => "4", "v" => "5", _ => s };

    private static string Number(string s) => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:cm|centimet(?:er|re)s?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CmRegex();

    [GeneratedRegex(@"\b(?<u>type|stage)\s+(?<n>[1-5]|iv|v|i{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TypeRegex();

    [GeneratedRegex(@"(?<n>\d+)\s*(?:min|mins|minutes?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinRegex();

    [GeneratedRegex(@"(?:<|under|younger than|less than|below)\s*(?:age\s*)?(?<n>\d+)\s*(?:yrs?|years?|y/?o)?", RegexOptions.CultureInvariant)]
    private static partial Regex UnderRegex();

    [GeneratedRegex(@"(?:(?:age[sd]?\s*)?(?<n>\d+)\s*(?:yrs?|years?)?(?:\s*of age)?\s*(?:\+|or older|and older|or over|and over|or more)|(?:>=|≥|older than|over age|aged?\s+at least)\s*(?<n>\d+))",
        RegexOptions.CultureInvariant)]
    private static partial Regex OverRegex();
}
