using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// The year a page gives its amounts in ("2026 Medicare allowables", "In 2024 Medicare paid …") against the year of the
/// loaded schedule that prices the code. CMS reprices codes every year, some by a fifth or more (11102 facility: $36.23 in
/// the 2025 file, 1.12 RVUs; 0.90 RVUs in 2026), so a figure of another year can be neither confirmed nor refuted with
/// this year's file: it is listed as not verifiable, never called wrong.
/// </summary>
internal static partial class FeeYears
{
    /// <summary>
    /// The year the nearest context names (the amount's own words, else its heading, else the page title) and the year of
    /// the loaded schedule that prices <paramref name="code"/>, when the two differ; else null.
    /// </summary>
    public static (int Named, int Loaded)? Mismatch(VerifyContext c, string code, string own, string heading)
    {
        if (OtherConversionFactor(c, code) is { } other) return other;
        var named = Years(own);
        // "Medicare Rate*" above "*Approximate 2024 National Medicare Physician Fee Schedule rates": the footnote names the year.
        if (named.Count == 0 && own.Contains('*', StringComparison.Ordinal))
            named = c.Page.Paragraphs.Where(p => p.Text.TrimStart().StartsWith('*')).SelectMany(p => Years(p.Text)).ToHashSet();
        if (named.Count == 0) named = Years(heading);
        if (named.Count == 0) named = Years(c.Page.Title ?? "");
        // Else the page's own date ("Verified May 8, 2026", "Last Updated: February 2026"): a page dated in another year than
        // the loaded schedule's quotes the schedule of its own year.
        if (named.Count == 0 && c.Page.Paragraphs.Select(p => PageDateRegex().Match(p.Text)).FirstOrDefault(m => m.Success) is { } date)
            named = [int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture)];
        // Else the one year the page names beside amounts or fee words ("2026 Medicare", then "~$15.36" on the next line).
        if (named.Count == 0 && c.Page.Paragraphs.Where(p => FeeWordsRegex().IsMatch(p.Text)).SelectMany(p => Years(p.Text)).Distinct().ToList() is [var only])
            named = [only];
        if (named.Count == 0) return null;
        string[] datasets = c.PfsOf(code).Count > 0 || c.ClfsOf(code).Count > 0 ? [Datasets.PfsRvu, Datasets.Clfs] : [Datasets.Dmepos];
        var loaded = c.Searched("", datasets).Select(e => LoadedYear(e.Source)).OfType<int>().ToHashSet();
        if (loaded.Count == 0 || named.Overlaps(loaded)) return null;
        return (named.Max(), loaded.Max());
    }

    /// <summary>
    /// The year the page as a whole speaks of: its own date ("Last updated March 2024"), else the latest year a sentence opens
    /// with ("For 2017, the AMA deleted …", "In 2026, Medicare …"); null when it states neither. A code retired after that
    /// year was current when the page was written.
    /// </summary>
    public static int? PageYear(PageDocument page)
    {
        if (page.Paragraphs.Select(p => PageDateRegex().Match(p.Text)).FirstOrDefault(m => m.Success) is { } date)
            return int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
        var opened = page.Paragraphs.SelectMany(p => SpeaksOfRegex().Matches(p.Text)).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        return opened.Count > 0 ? opened.Max() : null;
    }

    /// <summary>The entry listing an amount of another year as not verifiable.</summary>
    public static CheckedToken NotVerifiable(int line, string amount, (int Named, int Loaded) years) =>
        new(line, amount, "fee", Verdict.NotVerifiable, years.Named == 0
            ? $"the page prices with another conversion factor than the loaded fee schedule of {years.Loaded.ToString(CultureInfo.InvariantCulture)}"
            : $"the page gives a {years.Named.ToString(CultureInfo.InvariantCulture)} figure; the loaded fee schedule is of {years.Loaded.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// (0, loaded year) when the page states a PFS conversion factor ("Current Conversion Factor: 33.58") that is not the
    /// loaded file's (32.3465): its amounts are another schedule's, whatever year it names; else null.
    /// </summary>
    private static (int Named, int Loaded)? OtherConversionFactor(VerifyContext c, string code)
    {
        if (c.PfsOf(code).FirstOrDefault(r => r.ConversionFactor is not null) is not { ConversionFactor: { } loaded } row) return null;
        foreach (var p in c.Page.Paragraphs)
            foreach (Match m in ConversionFactorRegex().Matches(p.Text))
                if (decimal.TryParse(m.Groups["cf"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var stated)
                    && Math.Abs(stated - loaded) > 0.01m && Math.Abs(stated - Math.Round(loaded, 2)) > 0.005m)
                    return (0, LoadedYear(row.Source) ?? 0);
        return null;
    }

    private static HashSet<int> Years(string text) =>
        YearRegex().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>The year of a loaded file: from its version ("2025 Oct", "2025Q2V1", "DMEPOS26_JAN"), else its file name.</summary>
    internal static int? LoadedYear(SourceRef s)
    {
        foreach (var text in new[] { s.Version, s.File })
        {
            if (YearRegex().Match(text) is { Success: true } y) return int.Parse(y.Value, CultureInfo.InvariantCulture);
            if (ShortYearRegex().Match(text) is { Success: true } sy) return 2000 + int.Parse(sy.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\d$.,])20[0-4]\d(?![\d,])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?:updated|verified|reviewed|revised|published)\b[^0-9\n]{0,20}(?:\d{1,2}(?:,|/\d{1,2}/)?\s*)?(?<y>20[0-4]\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageDateRegex();

    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:For|In|As of)\s+(?<y>20[0-4]\d)\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfRegex();

    [GeneratedRegex(@"conversion factor\b[^0-9$\n]{0,20}\$?\s*(?<cf>[2-4]\d\.\d{2,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConversionFactorRegex();

    [GeneratedRegex(@"\$|\b(?:medicare|fee schedule|allowable|reimburse\w*|payment|pays?|rates?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeWordsRegex();

    [GeneratedRegex(@"[A-Z](\d\d)_", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearRegex();
}
