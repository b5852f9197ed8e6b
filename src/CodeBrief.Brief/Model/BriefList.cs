namespace CodeBrief.Brief.Model;

/// <summary>A bulleted list of paragraphs.</summary>
/// <param name="Items">The items.</param>
public sealed record BriefList(IReadOnlyList<BriefParagraph> Items) : BriefBlock;
