using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A code related to the brief's code, with why and where from.</summary>
/// <param name="Code">The related code.</param>
/// <param name="Descriptor">Its descriptor from a loaded file, or the not-available text.</param>
/// <param name="Relationship">The relationship in words (add-on of, primary of, PTP column 1/2 with modifier indicator, neighbour).</param>
/// <param name="Source">The row that establishes the relationship.</param>
/// <param name="DescriptorSource">The row the descriptor came from; null when none.</param>
public sealed record RelatedCode(string Code, string Descriptor, string Relationship, SourceRef Source, SourceRef? DescriptorSource);
