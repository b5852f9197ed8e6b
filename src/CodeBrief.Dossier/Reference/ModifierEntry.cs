using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Reference;

/// <summary>A modifier's entry: the HCPCS Level II modifier list row, and the PFS/CLFS rows priced with it.</summary>
/// <param name="Code">The modifier.</param>
/// <param name="LongDescription">Official long text, or null when the loaded list lacks it (CPT modifiers are AMA text).</param>
/// <param name="ShortDescription">Official short text, or null.</param>
/// <param name="Source">The modifier list row, or null.</param>
/// <param name="PfsRows">How many PFS RVU rows carry the modifier.</param>
/// <param name="ClfsRows">How many CLFS rows carry the modifier.</param>
public sealed record ModifierEntry(string Code, string? LongDescription, string? ShortDescription, SourceRef? Source, long PfsRows, long ClfsRows);
