using CodeBrief.Verify.Data;

namespace CodeBrief.Verify.Checks;

/// <summary>Finds the taxonomy codes whose NUCC name is what the page says, preferring the grouping of the code written.</summary>
internal static class TaxonomySuggestion
{
    public static string? For(VerifyContext c, string writtenCode, string? pageText)
    {
        var matches = Matches(c, writtenCode, pageText);
        return matches.Count == 0 ? null : $"NUCC codes for \"{pageText}\": {string.Join("; ", matches.Select(m => $"{m.Code} ({m.Name})"))}.";
    }

    public static IReadOnlyList<NuccEntry> Matches(VerifyContext c, string writtenCode, string? pageText)
    {
        if (string.IsNullOrWhiteSpace(pageText)) return [];
        var name = pageText.Trim().TrimEnd('.');
        var grouping = c.Data.TaxonomyGroupingOfPrefix(writtenCode[..3]);
        var named = c.Data.TaxonomyNamed(name);
        if (named.Count == 0) named = c.Data.TaxonomyClassification(name);
        return named.OrderBy(n => n.Grouping == grouping ? 0 : 1).ThenBy(n => n.Code, StringComparer.Ordinal).Take(3).ToList();
    }
}
