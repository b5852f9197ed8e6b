using CodeBrief.Core.Provenance;

namespace CodeBrief.Brief.Model;

/// <summary>A paragraph of template text filled from dossier facts, with the sources of those facts.</summary>
/// <param name="Text">Plain text (renderers escape it).</param>
/// <param name="Sources">The sources of the facts in the text; printed after it.</param>
public sealed record BriefParagraph(string Text, IReadOnlyList<SourceRef> Sources) : BriefBlock
{
    /// <summary>A paragraph without sources (structure text such as section guides).</summary>
    public BriefParagraph(string text) : this(text, []) { }
}
