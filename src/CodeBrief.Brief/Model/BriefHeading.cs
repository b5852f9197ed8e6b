namespace CodeBrief.Brief.Model;

/// <summary>A sub-heading inside a section.</summary>
/// <param name="Text">Heading text.</param>
public sealed record BriefHeading(string Text) : BriefBlock;
