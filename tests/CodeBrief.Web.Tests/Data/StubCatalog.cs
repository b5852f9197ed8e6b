using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Warehouse;

namespace CodeBrief.Web.Tests.Data;

/// <summary>An <see cref="ICodeCatalog"/> over fixed lists that records what it was asked, for the search logic alone.</summary>
internal sealed class StubCatalog : ICodeCatalog
{
    public List<CodeDescriptor> Descriptors { get; init; } = [];

    public List<NuccRow> Taxonomies { get; init; } = [];

    public List<string> Calls { get; } = [];

    public static CodeDescriptor Descriptor(string code, string text, int rank = 1, long row = 1) =>
        new(code, text, rank, new SourceRef("hcpcs", "file.xlsx", "2025-10", row));

    public static NuccRow Taxonomy(string code, string classification, string specialization, string displayName) =>
        new(code, "Grouping", classification, specialization, "", "", displayName, "Individual", new SourceRef("nucc", "nucc.csv", "25.1", 7));

    public IReadOnlyList<CodeDescriptor> WithPrefix(string prefix, int maxRows)
    {
        Calls.Add($"prefix {prefix} {maxRows}");
        return Descriptors.Where(d => d.Code.StartsWith(prefix, StringComparison.Ordinal)).Take(maxRows).ToList();
    }

    public IReadOnlyList<CodeDescriptor> WithWords(IReadOnlyList<string> words, int maxRows)
    {
        Calls.Add($"words {string.Join('|', words)} {maxRows}");
        return Descriptors.Where(d => words.All(w => d.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).Take(maxRows).ToList();
    }

    public IReadOnlyList<CodeDescriptor> All()
    {
        Calls.Add("all");
        return Descriptors;
    }

    public IReadOnlyList<NuccRow> TaxonomiesWithWords(IReadOnlyList<string> words, int maxRows)
    {
        Calls.Add($"taxonomies {string.Join('|', words)} {maxRows}");
        return Taxonomies.Take(maxRows).ToList();
    }
}
