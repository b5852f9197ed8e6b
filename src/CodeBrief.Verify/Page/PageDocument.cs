namespace CodeBrief.Verify.Page;

/// <summary>A code page read into title, sections, running text and tables, with line numbers kept.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Title">The title line (first heading or first line), or null for an empty page.</param>
/// <param name="TitleLine">1-based line of the title; 0 when there is none.</param>
/// <param name="Sections">Section headings in page order.</param>
/// <param name="Paragraphs">Running text.</param>
/// <param name="Tables">Tables.</param>
public sealed record PageDocument(
    string File,
    string? Title,
    int TitleLine,
    IReadOnlyList<string> Sections,
    IReadOnlyList<PageParagraph> Paragraphs,
    IReadOnlyList<PageTable> Tables);
