using CodeBrief.Core.Errors;
using CodeBrief.Render.Html;
using CodeBrief.Render.Json;
using CodeBrief.Render.Markdown;

namespace CodeBrief.Render;

/// <summary>The renderers by format name.</summary>
public static class Renderers
{
    /// <summary>Every renderer, in the order <c>md</c>, <c>html</c>, <c>json</c>.</summary>
    public static readonly IReadOnlyList<IBriefRenderer> All = [new MarkdownBriefRenderer(), new HtmlBriefRenderer(), new JsonBriefRenderer()];

    /// <summary>The renderer of a format, or a <see cref="UsageException"/> naming the formats.</summary>
    public static IBriefRenderer For(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"Unknown format \"{format}\". Use one of: {string.Join(", ", All.Select(r => r.Format))}.");
}
