namespace CodeBrief.Render.Site;

/// <summary>
/// Builds every link of a site page relative to the page itself, so the same pages work under any URL prefix,
/// from a plain file server and offline from disk.
/// </summary>
/// <param name="Style">Served routes or static file names.</param>
/// <param name="Root">The path from the page back to the site root: <c>""</c> at the root, <c>"../"</c> one folder down.</param>
public sealed record SiteLinks(LinkStyle Style, string Root)
{
    /// <summary>Links for a page at the site root (home, search, sources).</summary>
    public static SiteLinks AtRoot(LinkStyle style) => new(style, "");

    /// <summary>Links for a page one folder down (a brief under <c>codes/</c>).</summary>
    public static SiteLinks InCodes(LinkStyle style) => new(style, "../");

    /// <summary>The home page.</summary>
    public string Home => Style == LinkStyle.Static ? Root + "index.html" : Root.Length == 0 ? "./" : Root;

    /// <summary>The search page (the form's action).</summary>
    public string Search => Root + (Style == LinkStyle.Static ? "search.html" : "search");

    /// <summary>The sources page.</summary>
    public string Sources => Root + (Style == LinkStyle.Static ? "sources.html" : "sources");

    /// <summary>The modifier rule table page.</summary>
    public string Rules => Root + (Style == LinkStyle.Static ? "rules.html" : "rules");

    /// <summary>A static asset (style sheet, script, index) by file name.</summary>
    public string Asset(string fileName) => Root + "assets/" + fileName;

    /// <summary>The brief page of a code (already validated by the caller).</summary>
    public string Code(string code) => Root + "codes/" + Uri.EscapeDataString(code) + (Style == LinkStyle.Static ? ".html" : "");

    /// <summary>The JSON brief of a code: the API route when served, the exported file when static.</summary>
    public string CodeJson(string code) =>
        Style == LinkStyle.Static ? Root + "api/codes/" + Uri.EscapeDataString(code) + ".json" : Root + "api/codes/" + Uri.EscapeDataString(code);
}
