using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief.Model;

/// <summary>A code brief as a document: title facts, sections in the fixed order, and the dossier it was built from.</summary>
/// <param name="Code">The code.</param>
/// <param name="CodeType">Code set in words.</param>
/// <param name="Descriptor">Headline descriptor text, or the not-available text.</param>
/// <param name="DescriptorSource">Where the descriptor came from; null when none.</param>
/// <param name="DescriptorLabel">Which descriptor it is; null when none.</param>
/// <param name="GeneratedOn">Date the brief was generated (from the injected clock).</param>
/// <param name="Sections">Sections, in the order readers expect.</param>
/// <param name="Dossier">The dossier, the only input.</param>
public sealed record BriefDocument(string Code, string CodeType, string Descriptor, SourceRef? DescriptorSource, string? DescriptorLabel,
    DateOnly GeneratedOn, IReadOnlyList<BriefSection> Sections, CodeDossier Dossier)
{
    /// <summary>The headline descriptor with its CMS abbreviations written out (an expansion, not published text); null when
    /// the descriptor has no abbreviation the glossary knows.</summary>
    public string? DescriptorExpansion { get; init; }
}
