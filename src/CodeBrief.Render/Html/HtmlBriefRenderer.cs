using System.Net;
using System.Text;
using CodeBrief.Brief.Model;
using CodeBrief.Render.Markdown;
using Markdig;

namespace CodeBrief.Render.Html;

/// <summary>
/// Renders a brief as one self-contained, print-friendly HTML page: semantic headings and tables, inline CSS, no scripts and
/// no external assets. Section bodies are the Markdown text engine's output converted by Markdig.
/// </summary>
public sealed class HtmlBriefRenderer : IBriefRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Css =
        "body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}"
        + "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1.05rem}"
        + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}"
        + "th{background:#eee}.sub{color:#444;font-size:.9rem}"
        + "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

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
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<header>\n<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n<p class=\"sub\">")
            .Append(WebUtility.HtmlEncode(MarkdownBriefRenderer.Subtitle(brief))).Append("</p>\n</header>\n");
        foreach (var section in brief.Sections)
        {
            sb.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(WebUtility.HtmlEncode(section.Title)).Append("</h2>\n");
            sb.Append(Markdig.Markdown.ToHtml(MarkdownText.SectionBody(section), Pipeline)).Append("</section>\n");
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
