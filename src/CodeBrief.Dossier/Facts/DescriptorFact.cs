using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>One descriptor of a code as a loaded file prints it.</summary>
/// <param name="Text">The descriptor text, verbatim.</param>
/// <param name="Label">Which descriptor of which file it is (for instance <c>PFS short descriptor</c>).</param>
/// <param name="Source">The row it came from.</param>
public sealed record DescriptorFact(string Text, string Label, SourceRef Source);
