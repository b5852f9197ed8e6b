using CodeBrief.Render.Site;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;
using CodeBrief.Web.Pages;

namespace CodeBrief.Web.Tests.Pages;

public class SitePagesTests
{
    private static readonly RateChart Chart = new("86320", [new RateDistribution("Payer A", 1m, 2m, 3m, 4m, 5m, 9, "a.json (1)")], 3.5m, "CLFS");

    private static BriefContent Content(string body, RateChart? chart) =>
        new("86320", "86320 t", body, "{}", "{}", chart, [new CodeHit("86325", "Other immunoelectrophoresis", "Neighbouring code")]);

    [Fact]
    public void Rules_EveryRuleWithItsBasis_EditorialLabelled_FileRowsCited_LinkedFromTheNav()
    {
        var rules = new[]
        {
            new Dossier.Rules.PublishedRule("EM-25", "E/M", [new("25", "CPT modifier; its descriptor is AMA text not in the input", null)], "the code family is E/M",
                "A visit <same day>", Dossier.Rules.RuleBasis.CmsManual, "Medicare Claims Processing Manual (Pub. 100-04), chapter 12, section 30.6.6.B", true),
            new Dossier.Rules.PublishedRule("DR-JW", "Drugs", [new("JW", "Drug amount discarded", new Core.Provenance.SourceRef("hcpcs-modifiers", "HCPC.xlsx", "2025-10", 172))],
                "J code", "Discarded part", Dossier.Rules.RuleBasis.HcpcsModifierFile, "HCPCS Level II modifier file, the modifier's row", false),
        };
        var html = SitePages.Rules(rules, SiteLinks.AtRoot(LinkStyle.Static));

        html.ShouldContain("<td>EM-25</td>");
        html.ShouldContain("A visit &lt;same day&gt;");
        html.ShouldContain("chapter 12, section 30.6.6.B <em>(editorial)</em>");
        html.ShouldContain("row 172");
        html.ShouldContain("href=\"rules.html\"");
    }

    [Fact]
    public void Brief_BodyWithPayerSection_PutsChartRightAfterIt()
    {
        const string body = "<section id=\"summary\">s</section>\n<section id=\"payer-coverage\">p</section>\n<section id=\"policy-notes\">n</section>";
        var html = SitePages.Brief(Content(body, Chart), SiteLinks.InCodes(LinkStyle.Served));
        var payer = html.IndexOf("id=\"payer-coverage\"", StringComparison.Ordinal);
        var chart = html.IndexOf("<svg", StringComparison.Ordinal);
        var policy = html.IndexOf("id=\"policy-notes\"", StringComparison.Ordinal);
        payer.ShouldBeGreaterThan(0);
        chart.ShouldBeGreaterThan(payer);
        policy.ShouldBeGreaterThan(chart);
        html.ShouldContain("<table class=\"rate-table\">");
    }

    [Fact]
    public void Brief_NoPayerRates_SaysNotAvailableAndDrawsNoSvg()
    {
        var html = SitePages.Brief(Content("<p>b</p>", null), SiteLinks.InCodes(LinkStyle.Static));
        html.ShouldNotContain("<svg");
        html.ShouldContain(Core.Provenance.NotAvailable.Text + ": no payer rates are loaded for this code.");
    }

    [Fact]
    public void Brief_RelatedCodes_LinkToTheirPagesInTheLinkStyle()
    {
        SitePages.Brief(Content("<p>b</p>", null), SiteLinks.InCodes(LinkStyle.Static)).ShouldContain("href=\"../codes/86325.html\"");
        SitePages.Brief(Content("<p>b</p>", null), SiteLinks.InCodes(LinkStyle.Served)).ShouldContain("href=\"../codes/86325\"");
    }

    [Fact]
    public void NotFound_CloseMatches_AreListedAsLinks()
    {
        var html = SitePages.NotFound("86399", [new CodeHit("86320", "Immunoelectrophoresis; serum", "CLFS")], SiteLinks.InCodes(LinkStyle.Served));
        html.ShouldContain("86399 is not in the loaded code sets");
        html.ShouldContain("href=\"../codes/86320\"");
    }
}
