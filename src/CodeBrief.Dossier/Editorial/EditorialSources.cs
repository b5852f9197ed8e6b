using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier.Editorial;

/// <summary>
/// The project's own curated tables. They are cited like files so a reader sees that a fact is editorial, not from a publisher.
/// </summary>
public static class EditorialSources
{
    /// <summary>Dataset id of every editorial table.</summary>
    public const string Dataset = "codebrief-editorial";

    /// <summary>CPT section/subsection ranges and HCPCS Level II categories.</summary>
    public static readonly SourceRef CodeFamilies = new(Dataset, "CodeBrief code family table", "1", 0);

    /// <summary>Code family to NUCC taxonomy mapping.</summary>
    public static readonly SourceRef TaxonomyMap = new(Dataset, "CodeBrief taxonomy mapping", "1", 0);

    /// <summary>Modifier derivation rules.</summary>
    public static readonly SourceRef ModifierRules = new(Dataset, "CodeBrief modifier rules", "1", 0);

    /// <summary>The sources list entry for an editorial reference.</summary>
    public static DossierSource Describe(SourceRef source) =>
        new(source.Dataset, "CodeBrief (editorial)", source.File, source.Version, "", false);
}
