using System.Globalization;
using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Render.Site;
using CodeBrief.Warehouse;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;

namespace CodeBrief.Web.Pages;

/// <summary>
/// The pages of the site, for the server and for the static exporter alike; only <see cref="SiteLinks"/> differs.
/// All text from the warehouse is HTML-encoded here.
/// </summary>
public static class SitePages
{
    /// <summary>The home page: search box (in the shell), what the site holds, and the loaded datasets.</summary>
    public static string Home(IReadOnlyList<SourceRecord> sources, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sb = new StringBuilder();
        sb.Append("<h1>CodeBrief</h1>\n<p>Grounded briefs for CPT and HCPCS codes: descriptors, Medicare amounts, coding rules and payer rates, ")
          .Append("each traced to a row of a loaded source file. Search by code (<code>86320</code>), by words of a descriptor ")
          .Append("(<code>immunoelectrophoresis</code>) or by specialty (<code>pathology</code>).</p>\n");
        var current = sources.Where(s => s.Status == SourceRecord.Current).ToList();
        sb.Append("<h2>Loaded data</h2>\n");
        if (current.Count == 0) sb.Append("<p>").Append(Core.Provenance.NotAvailable.Text).Append(".</p>\n");
        else
        {
            sb.Append("<ul>\n");
            foreach (var s in current)
                sb.Append("<li>").Append(E(s.Dataset)).Append(": ").Append(E(s.FileName)).Append(" (").Append(E(s.Version)).Append(")</li>\n");
            sb.Append("</ul>\n");
        }
        sb.Append("<p><a href=\"").Append(E(links.Sources)).Append("\">All sources, versions and load dates</a></p>\n");
        return SitePage.Render("Home", sb.ToString(), links);
    }

    /// <summary>The server's search results page.</summary>
    public static string SearchResults(SearchResult result, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        var count = result.Codes.Count.ToString(CultureInfo.InvariantCulture) + (result.Truncated ? "+" : "");
        sb.Append("<h1>").Append(count).Append(result.Codes.Count == 1 ? " code" : " codes").Append(" for \"").Append(E(result.Query)).Append("\"</h1>\n");
        if (result.Query.Length == 0) sb.Append("<p>Type a code, words of a descriptor, or a specialty.</p>\n");
        AppendCodeList(sb, result.Codes, links);
        if (result.Truncated) sb.Append("<p class=\"muted\">Showing the first ").Append(CodeCatalog.MaxCodes.ToString(CultureInfo.InvariantCulture)).Append(" codes; add words to narrow the search.</p>\n");
        if (result.Specialties.Count > 0)
        {
            sb.Append("<h2>Specialties (NUCC taxonomy)</h2>\n<table><thead><tr><th scope=\"col\">Taxonomy</th><th scope=\"col\">NUCC name</th><th scope=\"col\">Classification</th><th scope=\"col\">Code families (CodeBrief editorial mapping)</th><th scope=\"col\">Source</th></tr></thead><tbody>\n");
            foreach (var s in result.Specialties)
                sb.Append("<tr><td><code>").Append(E(s.Code)).Append("</code></td><td>").Append(E(s.Name)).Append("</td><td>").Append(E(s.Classification))
                  .Append("</td><td>").Append(E(s.Families.Count > 0 ? string.Join("; ", s.Families) : "none mapped"))
                  .Append("</td><td class=\"source\">").Append(E(s.Source)).Append("</td></tr>\n");
            sb.Append("</tbody></table>\n");
        }
        return SitePage.Render($"Search: {result.Query}", sb.ToString(), links, result.Query);
    }

    /// <summary>The static site's search page: results are filled in by <c>search.js</c> from the index.</summary>
    public static string StaticSearch(SiteLinks links) =>
        SitePage.Render("Search", "<div id=\"results\" data-root=\"" + E(links.Root) + "\"><h1>Search</h1>\n<noscript><p>Search on the static site needs JavaScript; "
            + "every code is also listed on the home page index.</p></noscript></div>\n", links, null, withSearchScript: true);

    /// <summary>The sources page: every loaded file, version, size and load date.</summary>
    public static string Sources(IReadOnlyList<SourceRecord> sources, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sb = new StringBuilder("<h1>Sources</h1>\n<p>Every file loaded into the warehouse. Briefs cite these by file, version and row.</p>\n");
        sb.Append("<table><thead><tr><th scope=\"col\">Dataset</th><th scope=\"col\">Publisher</th><th scope=\"col\">File</th><th scope=\"col\">Version</th>")
          .Append("<th scope=\"col\">Rows loaded</th><th scope=\"col\">Rows rejected</th><th scope=\"col\">Loaded at (UTC)</th><th scope=\"col\">Status</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n");
        foreach (var s in sources)
        {
            sb.Append("<tr><td>").Append(E(s.Dataset)).Append(s.IsSynthetic ? " (synthetic)" : "").Append("</td><td>").Append(E(s.Publisher))
              .Append("</td><td>").Append(E(s.FileName)).Append("</td><td>").Append(E(s.Version)).Append("</td><td>")
              .Append(s.RowsLoaded.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td>").Append(s.RowsRejected.ToString("N0", CultureInfo.InvariantCulture))
              .Append("</td><td>").Append(E(LoadTime.Format(s.LoadedAt))).Append("</td><td>").Append(E(s.Status)).Append("</td><td><code>").Append(E(s.Sha256)).Append("</code></td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
        if (sources.Count == 0) sb.Append("<p>").Append(Core.Provenance.NotAvailable.Text).Append(".</p>\n");
        return SitePage.Render("Sources", sb.ToString(), links);
    }

    /// <summary>The modifier rule table: every rule with its class, modifiers, condition, basis and citation.</summary>
    public static string Rules(IReadOnlyList<Dossier.Rules.PublishedRule> rules, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sb = new StringBuilder("<h1>Modifier rules</h1>\n<p>The table every brief's modifiers come from. A rule cites a loaded row (a PFS indicator, the HCPCS Level II "
            + "modifier file, the CLFS, the DMEPOS fee schedule, an NCCI edit) or, for CPT modifiers whose wording is AMA text, a CMS manual chapter and section: "
            + "those rules are editorial, in CodeBrief's own words.</p>\n");
        sb.Append("<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Class</th><th scope=\"col\">Modifiers</th><th scope=\"col\">When to use</th>")
          .Append("<th scope=\"col\">Condition</th><th scope=\"col\">Basis</th></tr></thead><tbody>\n");
        foreach (var r in rules)
        {
            sb.Append("<tr><td>").Append(E(r.Id)).Append("</td><td>").Append(E(r.Class)).Append("</td><td>");
            foreach (var m in r.Modifiers)
            {
                sb.Append("<code>").Append(E(m.Code)).Append("</code> ").Append(E(m.Description));
                if (m.Source is { } source) sb.Append(" <small>(").Append(E(source.ToString())).Append(")</small>");
                sb.Append("<br>");
            }
            sb.Append("</td><td>").Append(E(r.WhenToUse)).Append("</td><td>").Append(E(r.Condition)).Append("</td><td>").Append(E(r.Basis))
              .Append(": ").Append(E(r.Citation)).Append(r.Editorial ? " <em>(editorial)</em>" : "").Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
        return SitePage.Render("Modifier rules", sb.ToString(), links);
    }

    /// <summary>The page for a well-formed code that no loaded source has, with the closest known codes.</summary>
    public static string NotFound(string code, IReadOnlyList<CodeHit> closeMatches, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(closeMatches);
        var sb = new StringBuilder("<h1>").Append(E(code)).Append(" is not in the loaded code sets</h1>\n")
            .Append("<p>No loaded file (HCPCS, CLFS, PFS) lists this code. CodeBrief does not guess.</p>\n");
        if (closeMatches.Count > 0)
        {
            sb.Append("<h2>Close matches</h2>\n");
            AppendCodeList(sb, closeMatches, links);
        }
        return SitePage.Render($"{code} not found", sb.ToString(), links);
    }

    /// <summary>The page a browser gets for an error: the status, what happened, what to do.</summary>
    public static string Error(int status, string title, string detail, SiteLinks links) =>
        SitePage.Render(title, "<h1>" + E(title) + "</h1>\n<p>" + E(detail) + "</p>\n<p>HTTP status "
            + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".</p>\n", links);

    /// <summary>The page for text that is not a CPT/HCPCS code at all.</summary>
    public static string BadCode(string text, SiteLinks links) =>
        SitePage.Render("Not a code", "<h1>Not a CPT or HCPCS code</h1>\n<p>\"" + E(text.Length > 40 ? text[..40] : text)
            + "\" is not a code: a CPT or HCPCS code is " + HcpcsCode.Shape + ".</p>\n", links);

    /// <summary>A brief page: the brief body, the payer chart with its table, and links to related codes.</summary>
    public static string Brief(BriefContent content, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(content);
        var chart = new StringBuilder();
        chart.Append("<section class=\"payer-chart\" aria-labelledby=\"payer-chart-h\">\n<h2 id=\"payer-chart-h\">Payer rate distribution</h2>\n");
        if (content.Chart is { Rows.Count: > 0 } rates)
        {
            chart.Append("<p>Per payer: the band spans the 10th to 90th percentile, the box the quartiles, the heavy tick the median; ")
              .Append("the dashed line is the Medicare amount.</p>\n<div class=\"rate-figure\">\n<figure>")
              .Append(RateChartSvg.Render(rates)).Append("</figure>\n").Append(RateChartTable.Render(rates)).Append("\n</div>\n");
        }
        else chart.Append("<p>").Append(Core.Provenance.NotAvailable.Text).Append(": no payer rates are loaded for this code.</p>\n");
        chart.Append("</section>\n");

        // The chart goes right after the brief's payer section (where readers look for rates), else after the brief.
        var sb = new StringBuilder(content.BodyHtml.Length + chart.Length + 4096);
        var payers = content.BodyHtml.IndexOf(PayerSectionStart, StringComparison.Ordinal);
        var payersEnd = payers < 0 ? -1 : content.BodyHtml.IndexOf("</section>", payers, StringComparison.Ordinal);
        if (payersEnd < 0) sb.Append(content.BodyHtml).Append('\n').Append(chart);
        else
        {
            var at = payersEnd + "</section>".Length;
            sb.Append(content.BodyHtml, 0, at).Append('\n').Append(chart).Append(content.BodyHtml, at, content.BodyHtml.Length - at);
            sb.Append('\n');
        }
        if (content.Related.Count > 0)
        {
            sb.Append("<nav class=\"related-codes\" aria-labelledby=\"related-h\">\n<h2 id=\"related-h\">Related codes</h2>\n");
            AppendCodeList(sb, content.Related, links);
            sb.Append("</nav>\n");
        }
        sb.Append("<p class=\"muted\"><a href=\"").Append(E(links.CodeJson(content.Code))).Append("\">This brief as JSON</a></p>\n");
        return SitePage.Render(content.Title, sb.ToString(), links);
    }

    // The HTML brief's section for payer coverage (section ids are part of the brief contract).
    private const string PayerSectionStart = "<section id=\"payer-coverage\">";

    private static void AppendCodeList(StringBuilder sb, IReadOnlyList<CodeHit> codes, SiteLinks links)
    {
        if (codes.Count == 0) return;
        sb.Append("<ul class=\"results\">\n");
        foreach (var c in codes)
            sb.Append("<li><a class=\"code\" href=\"").Append(E(links.Code(c.Code))).Append("\">").Append(E(c.Code)).Append("</a>")
              .Append(E(c.Descriptor)).Append(" <span class=\"source\">(").Append(E(c.Source)).Append(")</span></li>\n");
        sb.Append("</ul>\n");
    }

    private static string E(string text) => SitePage.Encode(text);
}
