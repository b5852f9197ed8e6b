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
    /// <summary>Codes the home page offers as examples, when loaded: a lab test, an office visit, a Category III code, imaging, DME, a drug.</summary>
    public static readonly IReadOnlyList<string> ExampleCodes = ["86320", "99213", "0689T", "83789", "70450", "E0601", "J9271"];

    /// <summary>How many codes a family lists on the served home page (search finds the rest); the static index lists all.</summary>
    public const int CodesPerFamily = 30;

    /// <summary>
    /// The home page: what the site is, example codes, the codes by family, and the loaded datasets. With
    /// <paramref name="listEveryCode"/> (the static site's index) every family lists every code, so the index names every
    /// published brief; the served page lists the first <see cref="CodesPerFamily"/> of each family.
    /// </summary>
    public static string Home(IReadOnlyList<SourceRecord> sources, SiteLinks links, IReadOnlyList<CodeHit> codes, bool listEveryCode)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(codes);
        var sb = new StringBuilder();
        sb.Append("<h1>CodeBrief</h1>\n<p>Grounded briefs for CPT and HCPCS codes: descriptors, Medicare amounts, coding rules and payer rates, ")
          .Append("each traced to a row of a loaded source file. Type in the search box: a code (<code>86320</code>), words of a descriptor ")
          .Append("(<code>immunoelectrophoresis</code>) or a specialty (<code>pathology</code>); matching codes appear as you type.</p>\n");
        var byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var examples = ExampleCodes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
        if (examples.Count > 0)
        {
            sb.Append("<h2>Example codes</h2>\n");
            AppendCodeGrid(sb, examples, links);
        }
        sb.Append("<h2>Browse by family</h2>\n");
        if (codes.Count == 0) sb.Append("<p>").Append(Core.Provenance.NotAvailable.Text).Append(": no code set is loaded.</p>\n");
        else
        {
            sb.Append("<p>").Append(listEveryCode ? "Every published brief, " : "").Append(codes.Count.ToString("N0", CultureInfo.InvariantCulture))
              .Append(codes.Count == 1 ? " code" : " codes").Append(" in CodeBrief's editorial code families (CPT book sections, HCPCS Level II letters).</p>\n");
            foreach (var family in Families(codes))
            {
                sb.Append("<details class=\"family\"><summary>").Append(E(family.Name)).Append(" <span class=\"muted\">(")
                  .Append(family.Codes.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(")</span></summary>\n");
                var shown = listEveryCode ? family.Codes : family.Codes.Take(CodesPerFamily).ToList();
                AppendCodeGrid(sb, shown, links);
                if (shown.Count < family.Codes.Count)
                    sb.Append("<p class=\"muted\">The first ").Append(shown.Count.ToString(CultureInfo.InvariantCulture)).Append(" of ")
                      .Append(family.Codes.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("; search finds the others.</p>\n");
                sb.Append("</details>\n");
            }
        }
        var current = sources.Where(s => s.Status == SourceRecord.Current).ToList();
        sb.Append("<h2>Loaded data</h2>\n<p>").Append(current.Count.ToString(CultureInfo.InvariantCulture)).Append(current.Count == 1 ? " file" : " files")
          .Append(" loaded. <a href=\"").Append(E(links.Sources)).Append("\">Every source, version and load date</a></p>\n");
        return SitePage.Render("Home", sb.ToString(), links, null, withSearchScript: links.Style == LinkStyle.Static);
    }

    /// <summary>The codes grouped by editorial family, families in the order of their first code.</summary>
    private static List<(string Name, List<CodeHit> Codes)> Families(IReadOnlyList<CodeHit> codes) =>
        codes.GroupBy(c => HcpcsCode.TryParse(c.Code, out var parsed) ? Dossier.Editorial.CodeFamilies.Classify(parsed).Family ?? "Other codes" : "Other codes",
                StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(c => c.Code, StringComparer.Ordinal).ToList()))
            .OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    private static void AppendCodeGrid(StringBuilder sb, IReadOnlyList<CodeHit> codes, SiteLinks links)
    {
        sb.Append("<ul class=\"code-grid\">\n");
        foreach (var c in codes)
            sb.Append("<li><a class=\"code\" href=\"").Append(E(links.Code(c.Code))).Append("\">").Append(E(c.Code)).Append("</a>")
              .Append(E(c.Descriptor)).Append("</li>\n");
        sb.Append("</ul>\n");
    }

    /// <summary>The most codes one comparison shows.</summary>
    public const int MaxCompared = 6;

    /// <summary>
    /// Codes side by side: each code's key facts panel (the brief's own), its citations pointing into that code's brief page.
    /// <paramref name="codes"/> pairs each asked code with its content, or with why it cannot be shown.
    /// </summary>
    public static string Compare(string query, IReadOnlyList<(string Code, BriefContent? Content, string? Problem)> codes, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var sb = new StringBuilder("<h1>Compare codes</h1>\n");
        sb.Append("<form class=\"compare-form\" method=\"get\" action=\"").Append(E(links.Root + "compare")).Append("\">\n")
          .Append("<label for=\"codes\">Codes, separated by commas (up to ").Append(MaxCompared.ToString(CultureInfo.InvariantCulture)).Append(")</label>\n")
          .Append("<input id=\"codes\" name=\"codes\" maxlength=\"100\" value=\"").Append(E(query)).Append("\">\n<button type=\"submit\">Compare</button>\n</form>\n");
        if (codes.Count == 0) sb.Append("<p>Name two or more codes, for example <a href=\"").Append(E(links.Root + "compare?codes=86320,86325")).Append("\">86320 and 86325</a>.</p>\n");
        sb.Append("<div class=\"compare-grid\">\n");
        foreach (var (code, content, problem) in codes)
        {
            sb.Append("<article aria-labelledby=\"cmp-").Append(E(code)).Append("\">\n<h2 id=\"cmp-").Append(E(code)).Append("\">");
            if (content is null) sb.Append(E(code)).Append("</h2>\n<p>").Append(E(problem ?? Core.Provenance.NotAvailable.Text)).Append("</p>\n");
            else
            {
                sb.Append("<a href=\"").Append(E(links.Code(code))).Append("\">").Append(E(content.Title)).Append("</a></h2>\n")
                  .Append(KeyFacts(content, links));
            }
            sb.Append("</article>\n");
        }
        sb.Append("</div>\n");
        return SitePage.Render("Compare " + string.Join(", ", codes.Select(c => c.Code)), sb.ToString(), links);
    }

    // The brief's key facts section without its heading; citation marks point at the rows listed on the code's own page.
    private static string KeyFacts(BriefContent content, SiteLinks links)
    {
        const string start = "<section id=\"key-facts\">";
        var at = content.BodyHtml.IndexOf(start, StringComparison.Ordinal);
        if (at < 0) return "<p>" + Core.Provenance.NotAvailable.Text + ".</p>\n";
        var end = content.BodyHtml.IndexOf("</section>", at, StringComparison.Ordinal);
        var body = content.BodyHtml[(at + start.Length)..end];
        var heading = body.IndexOf("</h2>", StringComparison.Ordinal);
        if (heading >= 0) body = body[(heading + "</h2>".Length)..];
        return body.Replace("href=\"#src-", "href=\"" + E(links.Code(content.Code)) + "#src-", StringComparison.Ordinal);
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
        if (content.PayerCharts.Count > 0)
        {
            chart.Append("<p>One card per payer, one row per stratum: the band spans the 10th to 90th percentile, the box the quartiles, ")
              .Append("the heavy tick the median; the dashed line is the Medicare amount.</p>\n<div class=\"payer-cards\">\n");
            foreach (var c in content.PayerCharts)
                chart.Append("<article class=\"payer-card\">\n<h3>").Append(E(c.Title)).Append("</h3>\n<div class=\"rate-figure\">\n<figure>")
                  .Append(RateChartSvg.Render(c)).Append("</figure>\n").Append(RateChartTable.Render(c)).Append("\n</div>\n</article>\n");
            chart.Append("</div>\n");
        }
        else if (content.Chart is { Rows.Count: > 0 } rates)
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
        sb.Append("<p class=\"muted\"><a href=\"").Append(E(links.CodeJson(content.Code))).Append("\">This brief as JSON</a>");
        if (links.Style == LinkStyle.Served)
            sb.Append(" · <a href=\"").Append(E(links.Root + "compare?codes=" + Uri.EscapeDataString(content.Code))).Append("\">Compare with other codes</a>");
        sb.Append("</p>\n");
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
