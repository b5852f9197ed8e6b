using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CodeBrief.Verify.Page;

/// <summary>Reads an HTML page: headings, block text and tables, with the source line of each element.</summary>
public static class HtmlPageParser
{
    private const string Blocks = "h1,h2,h3,h4,h5,h6,p,li,table,pre,blockquote,dt,dd,caption";

    /// <summary>Parses <paramref name="html"/>; <paramref name="file"/> is only recorded.</summary>
    public static PageDocument Parse(string file, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var page = new PageBuilder(file);
        var titleElement = document.QuerySelector("h1");
        if (titleElement is not null) page.Title(LineOf(titleElement), Text(titleElement));
        else if (!string.IsNullOrWhiteSpace(document.Title)) page.Title(LineOf(document.QuerySelector("title")), document.Title);

        foreach (var element in document.QuerySelectorAll(Blocks))
        {
            // Blocks inside a table are read with their row; blocks inside another block with the outer one.
            if (element.LocalName != "table" && element.Ancestors<IElement>().Any(a => a.LocalName is "table" or "li" or "p" or "blockquote" or "pre"))
                continue;
            if (element.LocalName == "table" && element.Ancestors<IElement>().Any(a => a.LocalName == "table")) continue;
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    page.Heading(Text(element));
                    break;
                case "table":
                    ReadTable(element, page);
                    break;
                default:
                    if (element == titleElement) break;
                    page.Paragraph(LineOf(element), Text(element));
                    break;
            }
        }
        return page.Build();
    }

    private static void ReadTable(IElement table, PageBuilder page)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        if (rows.Count == 0) return;
        var headerRow = rows.FirstOrDefault(r => r.Children.Any(c => c.LocalName == "th")) ?? rows[0];
        var headers = Cells(headerRow);
        var body = rows.Where(r => r != headerRow).Select(r => new PageRow(LineOf(r), Cells(r))).ToList();
        page.Table(LineOf(headerRow), headers, body);
    }

    private static string[] Cells(IElement row) =>
        row.Children.Where(c => c.LocalName is "td" or "th").Select(Text).ToArray();

    private static string Text(IElement element) =>
        string.Join(' ', (element.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;
}
