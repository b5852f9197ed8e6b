using System.Net;
using System.Text;
using CodeBrief.Brief.Model;
using CodeBrief.Render.Citations;
using CodeBrief.Render.Markdown;
using CodeBrief.Render.Site;
using Markdig;

namespace CodeBrief.Render.Html;

/// <summary>
/// Renders a brief as one self-contained, print-friendly HTML page: semantic headings and tables, the site's one style sheet
/// inline, no scripts and no external assets. Text blocks are the Markdown text engine's output converted by Markdig; the
/// state map and the list of cited rows are written here, since Markdown has no form for them.
/// </summary>
public sealed class HtmlBriefRenderer : IBriefRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => ".html";

    /// <inheritdoc />
    public string Render(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var title = MarkdownBriefRenderer.Title(brief);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(SiteAssets.Css).Append("</style>\n</head>\n<body class=\"standalone\">\n<main>\n");
        sb.Append(Body(brief));
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The brief's content without the page around it: header, sections and cited rows (what the site embeds).</summary>
    public static string Body(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var citations = BriefCitations.Of(brief);
        var sb = new StringBuilder();
        sb.Append("<header class=\"brief-header\">\n<h1>").Append(E(MarkdownBriefRenderer.Title(brief)));
        if (brief.DescriptorSource is { } ds) sb.Append(' ').Append(Marks([ds], citations));
        sb.Append("</h1>\n");
        if (brief.DescriptorExpansion is { } expansion)
            sb.Append("<p class=\"expansion\"><span class=\"label\">Expansion</span> ").Append(E(expansion))
              .Append(" <span class=\"muted\">(").Append(E(MarkdownBriefRenderer.ExpansionNote)).Append(")</span></p>\n");
        sb.Append("<p class=\"sub\">").Append(E(MarkdownBriefRenderer.Subtitle(brief))).Append("</p>\n</header>\n");
        foreach (var section in brief.Sections)
        {
            sb.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(E(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks) sb.Append(Block(block, citations));
            if (section.Id == "sources") sb.Append(CitedRows(citations));
            sb.Append("</section>\n");
        }
        return sb.ToString();
    }

    private static string Block(BriefBlock block, BriefCitations citations) => block switch
    {
        BriefStateMap map => StateTileMap.Render(map) + Table(MarkdownText.StateTable(map), citations, "state-table"),
        BriefTable table => Table(table, citations, null),
        _ => Markdig.Markdown.ToHtml(MarkdownText.Block(block, citations), Pipeline),
    };

    // Wide tables scroll inside their own box (focusable, so keyboard users can scroll it), never the page.
    private static string Table(BriefTable table, BriefCitations citations, string? cssClass) =>
        "<div class=\"table-wrap" + (cssClass is null ? "" : " " + cssClass) + "\" tabindex=\"0\" role=\"region\" aria-label=\""
        + E(table.Header.Count > 0 ? "Table: " + string.Join(", ", table.Header.Take(3)) : "Table") + "\">\n"
        + Markdig.Markdown.ToHtml(MarkdownText.Block(table, citations), Pipeline) + "</div>\n";

    private static string Marks(IEnumerable<Core.Provenance.SourceRef> sources, BriefCitations citations) =>
        Markdig.Markdown.ToHtml(MarkdownText.Marks(sources, citations), Pipeline).Replace("<p>", "", StringComparison.Ordinal)
            .Replace("</p>", "", StringComparison.Ordinal).Trim();

    private static string CitedRows(BriefCitations citations)
    {
        if (citations.Entries.Count == 0) return "";
        var sb = new StringBuilder("<h3>Cited rows</h3>\n<ol class=\"citations\">\n");
        var n = 0;
        foreach (var source in citations.Entries)
        {
            n++;
            sb.Append("<li id=\"").Append(BriefCitations.Anchor(n)).Append("\">").Append(E(MarkdownText.CitationText(source, citations))).Append("</li>\n");
        }
        return sb.Append("</ol>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
