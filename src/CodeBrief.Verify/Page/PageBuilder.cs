namespace CodeBrief.Verify.Page;

/// <summary>Collects headings, text and tables in page order; shared by the text and HTML parsers.</summary>
internal sealed class PageBuilder(string file)
{
    private readonly List<string> _sections = [];
    private readonly List<PageParagraph> _paragraphs = [];
    private readonly List<PageTable> _tables = [];
    private string? _title;
    private int _titleLine;

    /// <summary>The heading the next content sits under; the empty string before the first heading.</summary>
    public string CurrentSection { get; private set; } = "";

    public bool HasTitle => _title is not null;

    public int TitleLine => _titleLine;

    public void Title(int line, string text)
    {
        if (_title is not null) return;
        _title = text.Trim();
        _titleLine = line;
    }

    public void Heading(string text)
    {
        CurrentSection = text.Trim();
        _sections.Add(CurrentSection);
    }

    public void Paragraph(int line, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _paragraphs.Add(new PageParagraph(CurrentSection, line, text.Trim()));
    }

    public void Table(int headerLine, IReadOnlyList<string> headers, IReadOnlyList<PageRow> rows) =>
        _tables.Add(new PageTable(CurrentSection, headerLine, headers.Select(PageColumn.FromHeader).ToArray(), rows));

    public PageDocument Build() => new(file, _title, _titleLine, _sections, _paragraphs, _tables);
}
