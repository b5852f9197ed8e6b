namespace CodeBrief.Brief.Model;

/// <summary>A top-level section of a brief.</summary>
/// <param name="Id">Stable id (<c>summary</c>, <c>billing-code-overview</c>, ...).</param>
/// <param name="Title">Title as printed.</param>
/// <param name="Blocks">Content.</param>
public sealed record BriefSection(string Id, string Title, IReadOnlyList<BriefBlock> Blocks);
