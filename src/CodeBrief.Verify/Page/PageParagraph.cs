namespace CodeBrief.Verify.Page;

/// <summary>A line of running text (not a table row, not a heading).</summary>
/// <param name="Section">The section heading it sits under.</param>
/// <param name="Line">1-based page line.</param>
/// <param name="Text">The text, with markup removed.</param>
public sealed record PageParagraph(string Section, int Line, string Text);
