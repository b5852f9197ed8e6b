namespace CodeBrief.Render.Site;

/// <summary>
/// Takes the content of the HTML brief's <c>&lt;main&gt;</c> element so the site shows exactly what the standalone HTML brief
/// shows, inside its own shell (the standalone page's inline style is dropped; the site's style sheet applies).
/// </summary>
public static class BriefHtmlBody
{
    /// <summary>The inner HTML of <c>&lt;main&gt;</c>, else of <c>&lt;body&gt;</c>, else the whole text.</summary>
    public static string Extract(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Between(page, "<main>", "</main>") ?? Between(page, "<body>", "</body>") ?? page;
    }

    private static string? Between(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.LastIndexOf(close, StringComparison.Ordinal);
        return start >= 0 && end > start ? text[(start + open.Length)..end].Trim('\n') : null;
    }
}
