using System.Net;
using System.Text;

namespace CodeBrief.Render.Site;

/// <summary>
/// The page shell shared by <c>codebrief serve</c> and <c>publish --site</c>: header with search, navigation, main content,
/// footer. No inline script or style, so the pages run under a strict Content-Security-Policy; CSS and the optional
/// search script are files under <c>assets/</c>.
/// </summary>
public static class SitePage
{
    /// <summary>Wraps <paramref name="mainHtml"/> (already encoded HTML) in the shell.</summary>
    /// <param name="title">The page title (plain text; encoded here).</param>
    /// <param name="mainHtml">The page content, trusted HTML produced by CodeBrief's renderers.</param>
    /// <param name="links">Where the page sits and how it links.</param>
    /// <param name="query">The search text to show in the box, or null.</param>
    /// <param name="withSearchScript">True to load <c>search.js</c> (the static site's client-side search).</param>
    public static string Render(string title, string mainHtml, SiteLinks links, string? query = null, bool withSearchScript = false)
    {
        ArgumentNullException.ThrowIfNull(links);
        var sb = new StringBuilder(mainHtml.Length + 2048);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Encode(title)).Append(" · CodeBrief</title>\n")
          // An empty icon, so browsers do not ask the server (or the file system) for /favicon.ico.
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<link rel=\"stylesheet\" href=\"").Append(Encode(links.Asset("site.css"))).Append("\">\n");
        if (withSearchScript)
        {
            sb.Append("<script src=\"").Append(Encode(links.Asset(SiteAssets.SearchIndexScriptFile))).Append("\" defer></script>\n")
              .Append("<script src=\"").Append(Encode(links.Asset(SiteAssets.SearchScriptFile))).Append("\" defer></script>\n");
        }
        sb.Append("<script src=\"").Append(Encode(links.Asset(SiteAssets.SuggestScriptFile))).Append("\" defer></script>\n");
        // The search-as-you-type script reads where the site root is and how pages are addressed from the body.
        sb.Append("</head>\n<body data-root=\"").Append(Encode(links.Root)).Append("\" data-links=\"")
          .Append(links.Style == LinkStyle.Static ? "static" : "served").Append("\">\n<header class=\"site-header\">\n")
          .Append("<a class=\"brand\" href=\"").Append(Encode(links.Home)).Append("\">CodeBrief</a>\n")
          .Append("<form class=\"search\" role=\"search\" method=\"get\" action=\"").Append(Encode(links.Search)).Append("\">\n")
          .Append("<label for=\"q\">Search codes</label>\n")
          .Append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\" placeholder=\"code, descriptor words or specialty\" value=\"")
          .Append(Encode(query ?? "")).Append("\">\n")
          .Append("<button type=\"submit\">Search</button>\n</form>\n")
          .Append("<nav><a href=\"").Append(Encode(links.Home)).Append("\">Home</a> <a href=\"")
          .Append(Encode(links.Sources)).Append("\">Sources</a> <a href=\"").Append(Encode(links.Rules)).Append("\">Modifier rules</a>")
          .Append(links.Style == LinkStyle.Served ? "<a href=\"" + Encode(links.Root + "compare") + "\">Compare codes</a>" : "").Append("</nav>\n</header>\n")
          .Append("<main id=\"main\">\n").Append(mainHtml).Append("\n</main>\n")
          .Append("<footer class=\"site-footer\"><p>Every figure traces to a row of a loaded source file. ")
          .Append("CPT codes and descriptors are © American Medical Association; CPT text appears only from files the user loaded.</p></footer>\n")
          .Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>HTML-encodes text for element content and attribute values.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
