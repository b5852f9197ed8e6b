using CodeBrief.Ingest.Nucc;

namespace CodeBrief.Verify.Checks;

/// <summary>Finds the taxonomy codes whose NUCC name is what the page says, preferring the grouping of the code written.</summary>
internal static class TaxonomySuggestion
{
    public static string? For(VerifyContext c, string writtenCode, string? pageText)
    {
        var (matches, total) = Matches(c, writtenCode, pageText);
        if (matches.Count == 0) return null;
        var more = total > matches.Count ? $" ({total} codes in all)" : "";
        return $"NUCC codes for \"{pageText}\"{more}: {string.Join("; ", matches.Select(m => $"{m.Code} ({m.Name})"))}.";
    }

    /// <summary>Up to three codes named like <paramref name="pageText"/>, from the written code's grouping when it has any, and how many there are.</summary>
    public static (IReadOnlyList<NuccRow> Matches, int Total) Matches(VerifyContext c, string writtenCode, string? pageText)
    {
        if (string.IsNullOrWhiteSpace(pageText)) return ([], 0);
        var name = pageText.Trim().TrimEnd('.');
        var grouping = c.Reference.TaxonomyGroupingOfPrefix(writtenCode[..3]);
        var all = c.Reference.TaxonomiesNamed(name).Concat(c.Reference.TaxonomiesOfClassification(name)).DistinctBy(n => n.Code).ToList();
        var same = all.Where(n => n.Grouping == grouping).ToList();
        var pick = same.Count > 0 ? same : all;
        // Exact name matches first, then the rest of the classification in code order.
        var ordered = pick.OrderBy(n => string.Equals(n.Specialization, name, StringComparison.OrdinalIgnoreCase) || (n.Specialization.Length == 0 && string.Equals(n.Classification, name, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(n => n.Code, StringComparer.Ordinal).ToList();
        return (ordered.Take(3).ToList(), ordered.Count);
    }
}
