using CodeBrief.Ingest.Nucc;

namespace CodeBrief.Warehouse;

/// <summary>
/// Descriptor and specialty look-ups for search. Each procedure code has one descriptor per loaded file that describes it,
/// ranked: HCPCS Level II (1), CLFS (2, the fullest wording first), PFS (3).
/// </summary>
/// <remarks>Word matches ignore ASCII case and treat <c>%</c>, <c>_</c> and <c>\</c> in a word literally. Every answer is bounded
/// by its <c>maxRows</c>.</remarks>
public interface ICodeCatalog
{
    /// <summary>Descriptors of codes starting with <paramref name="prefix"/>, by code then rank.</summary>
    IReadOnlyList<CodeDescriptor> WithPrefix(string prefix, int maxRows);

    /// <summary>Descriptors holding every one of <paramref name="words"/>, by code then rank.</summary>
    IReadOnlyList<CodeDescriptor> WithWords(IReadOnlyList<string> words, int maxRows);

    /// <summary>Every descriptor of every code, by code then rank.</summary>
    IReadOnlyList<CodeDescriptor> All();

    /// <summary>NUCC taxonomies whose display name, classification and specialization together hold every word, in code order.</summary>
    IReadOnlyList<NuccRow> TaxonomiesWithWords(IReadOnlyList<string> words, int maxRows);
}
