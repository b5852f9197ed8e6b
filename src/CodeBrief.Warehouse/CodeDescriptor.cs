using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse;

/// <summary>One descriptor of a procedure code from one loaded file.</summary>
/// <param name="Code">The code.</param>
/// <param name="Text">The descriptor shown (the file's fullest wording); empty when the row has none.</param>
/// <param name="Rank">1 HCPCS Level II, 2 CLFS, 3 PFS: the lowest rank is the one shown for the code.</param>
/// <param name="Source">The row.</param>
public sealed record CodeDescriptor(string Code, string Text, int Rank, SourceRef Source);
