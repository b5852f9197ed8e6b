using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Warehouse;

namespace CodeBrief.Web.Data;

/// <summary>
/// Read-only look-ups the site needs beside the briefs: search by code or descriptor words or specialty, close matches
/// for an unknown code, and every code for the static index. Reads through <see cref="ICodeCatalog"/>; every answer is bounded.
/// </summary>
/// <remarks>Each code is shown with its first descriptor in the catalog's order (HCPCS Level II, then CLFS, then PFS).</remarks>
public static class CodeCatalog
{
    /// <summary>The most codes one search returns.</summary>
    public const int MaxCodes = 50;

    /// <summary>The most specialties one search returns.</summary>
    public const int MaxSpecialties = 20;

    /// <summary>Longest query accepted; longer text is cut, not rejected.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>Most words of a query used (each word is one match term).</summary>
    public const int MaxWords = 6;

    /// <summary>The most close matches listed for an unknown code.</summary>
    private const int MaxCloseMatches = 10;

    /// <summary>Searches codes (exact code, code prefix, or all words in a descriptor) and NUCC specialties.</summary>
    /// <remarks>Words are split at spaces, tabs, commas and semicolons; a query of separators alone finds nothing.</remarks>
    public static SearchResult Search(ICodeCatalog catalog, string? query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var q = (query ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        if (q.Length == 0) return new SearchResult(q, [], [], false);

        var words = q.Split((char[])[' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToArray();
        if (words.Length == 0) return new SearchResult(q, [], [], false);
        var codes = new List<CodeHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;

        // A code or code prefix (digits and letters only, up to five) is looked up by its start; codes are stored upper-case.
        if (words.Length == 1 && words[0].Length <= 5 && words[0].All(char.IsAsciiLetterOrDigit))
            truncated |= Collect(catalog.WithPrefix(words[0].ToUpperInvariant(), RowLimit(MaxCodes)), codes, seen, MaxCodes);

        if (codes.Count < MaxCodes)
            truncated |= Collect(catalog.WithWords(words, RowLimit(MaxCodes)), codes, seen, MaxCodes);
        return new SearchResult(q, codes, SearchSpecialties(catalog, words), truncated);
    }

    /// <summary>The descriptor shown for <paramref name="code"/> with its source, or null when no loaded file has the code.</summary>
    public static CodeHit? Find(ICodeCatalog catalog, HcpcsCode code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var first = catalog.WithPrefix(code.Value, RowLimit(MaxCodes)).FirstOrDefault(d => d.Code == code.Value);
        return first is null ? null : Hit(first);
    }

    /// <summary>Known codes that share the longest prefix with <paramref name="code"/> (at least two characters), at most ten.</summary>
    public static IReadOnlyList<CodeHit> CloseMatches(ICodeCatalog catalog, HcpcsCode code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        for (var length = 4; length >= 2; length--)
        {
            var hits = new List<CodeHit>();
            Collect(catalog.WithPrefix(code.Value[..length], RowLimit(MaxCloseMatches)), hits, new HashSet<string>(StringComparer.Ordinal), MaxCloseMatches);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    /// <summary>Every known code with its shown descriptor, in code order (for the static site's index).</summary>
    public static IReadOnlyList<CodeHit> All(ICodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var hits = new List<CodeHit>();
        Collect(catalog.All(), hits, new HashSet<string>(StringComparer.Ordinal), int.MaxValue);
        return hits;
    }

    private static List<SpecialtyHit> SearchSpecialties(ICodeCatalog catalog, string[] words)
    {
        var hits = new List<SpecialtyHit>();
        foreach (var row in catalog.TaxonomiesWithWords(words, MaxSpecialties))
            hits.Add(new SpecialtyHit(row.Code, DisplayName(row), Classification(row), Label(row.Source), Families(row.Code)));
        return hits;
    }

    // NUCC leaves a few display names blank; the classification stands in for them.
    private static string DisplayName(NuccRow row) => row.DisplayName.Length > 0 ? row.DisplayName : row.Classification;

    private static string Classification(NuccRow row) =>
        row.Specialization.Length > 0 ? $"{row.Classification}, {row.Specialization}" : row.Classification;

    private static List<string> Families(string taxonomy) =>
        TaxonomyMap.Entries.Where(e => e.Taxonomy == taxonomy)
            .Select(e => (e.Subfamily is null ? e.Family : $"{e.Family}: {e.Subfamily}") + (e.From is { } from ? $" {from:00000}-{e.To:00000}" : ""))
            .Distinct(StringComparer.Ordinal).ToList();

    // Several descriptors per code come back; ask for enough rows to fill 'max' codes and learn whether more exist.
    private static int RowLimit(int max) => (max + 1) * 4;

    // Adds descriptors to 'hits' (first descriptor per code wins); returns true when 'max' cut the answer.
    private static bool Collect(IReadOnlyList<CodeDescriptor> descriptors, List<CodeHit> hits, HashSet<string> seen, int max)
    {
        foreach (var descriptor in descriptors)
        {
            if (!seen.Add(descriptor.Code)) continue;
            if (hits.Count >= max) return true;
            hits.Add(Hit(descriptor));
        }
        return false;
    }

    private static CodeHit Hit(CodeDescriptor descriptor) => new(descriptor.Code, descriptor.Text, Label(descriptor.Source));

    // Always "file (version), row N", even for row 0 (SourceRef.ToString drops the row then).
    private static string Label(SourceRef source) =>
        $"{source.File} ({source.Version}), row {source.Row.ToString(CultureInfo.InvariantCulture)}";
}
