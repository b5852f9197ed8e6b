using System.Net;
using System.Text;
using CodeBrief.Core;
using CodeBrief.Dossier;
using CodeBrief.Render;
using CodeBrief.Render.Markdown;

namespace CodeBrief.Cli.Commands;

/// <summary>Writes the index pages of a published site: one per format, listing every brief.</summary>
internal static class PublishIndex
{
    /// <summary>One brief's line in the index.</summary>
    /// <param name="Code">The brief's code.</param>
    /// <param name="CodeType">Its code type, as the brief names it.</param>
    /// <param name="Descriptor">Its descriptor, as the brief prints it.</param>
    /// <param name="TerminationDate">The HCPCS file's termination date (YYYYMMDD) as the brief prints it, or null: an index that
    /// listed a terminated code without it would present the code as current.</param>
    public sealed record Entry(string Code, string CodeType, string Descriptor, string? TerminationDate);

    private static string Status(Entry e) => e.TerminationDate is { } term ? $"termination date {term}" : "";

    public static void Write(string dir, List<Entry> entries, IReadOnlyList<IBriefRenderer> renderers, DateOnly generatedOn)
    {
        var sorted = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        var date = generatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var r in renderers)
        {
            string text;
            switch (r.Format)
            {
                case "md":
                    var md = new StringBuilder($"# CodeBrief index\n\n{sorted.Count} briefs, generated on {date}.\n\n| Code | Type | Descriptor | Status |\n|---|---|---|---|\n");
                    foreach (var e in sorted)
                        md.Append("| [").Append(e.Code).Append("](").Append(e.Code).Append(".md) | ").Append(MarkdownText.Escape(e.CodeType))
                          .Append(" | ").Append(MarkdownText.Escape(e.Descriptor).Replace("\n", " ", StringComparison.Ordinal)).Append(" | ").Append(Status(e)).Append(" |\n");
                    text = md.ToString();
                    break;
                case "html":
                    var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>CodeBrief index</title>\n<style>body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left}th{background:#eee}</style>\n</head>\n<body>\n<main>\n<h1>CodeBrief index</h1>\n");
                    html.Append("<p>").Append(sorted.Count).Append(" briefs, generated on ").Append(date).Append(".</p>\n<table>\n<thead><tr><th>Code</th><th>Type</th><th>Descriptor</th><th>Status</th></tr></thead>\n<tbody>\n");
                    foreach (var e in sorted)
                        html.Append("<tr><td><a href=\"").Append(e.Code).Append(".html\">").Append(e.Code).Append("</a></td><td>")
                            .Append(WebUtility.HtmlEncode(e.CodeType)).Append("</td><td>").Append(WebUtility.HtmlEncode(e.Descriptor)).Append("</td><td>").Append(Status(e)).Append("</td></tr>\n");
                    html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
                    text = html.ToString();
                    break;
                default:
                    text = CodeBriefJson.Serialize(new { generated_on = date, briefs = sorted.Select(e => new { code = e.Code, code_type = e.CodeType, descriptor = e.Descriptor, termination_date = e.TerminationDate, file = e.Code + r.Extension }) }) + "\n";
                    break;
            }
            BriefWarehouse.WriteAtomic(Path.Combine(dir, "index" + r.Extension), text);
        }
    }
}
