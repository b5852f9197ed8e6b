namespace CodeBrief.Brief.Model;

/// <summary>A table with a header row and body rows of cells (every row as wide as the header).</summary>
/// <param name="Header">Column titles.</param>
/// <param name="Rows">Body rows.</param>
public sealed record BriefTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<BriefCell>> Rows) : BriefBlock;
