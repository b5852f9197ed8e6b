using CodeBrief.Render.Site;

namespace CodeBrief.Web.Tests.Site;

public class SitePageTests
{
    [Fact]
    public void Render_StaticPageInCodes_LinksRelativeToTheSiteRoot()
    {
        var html = SitePage.Render("86320", "<p>x</p>", SiteLinks.InCodes(LinkStyle.Static));
        html.ShouldContain("href=\"../assets/site.css\"");
        html.ShouldContain("href=\"../index.html\"");
        html.ShouldContain("action=\"../search.html\"");
        html.ShouldContain("href=\"../sources.html\"");
    }

    [Fact]
    public void Render_ServedPageAtRoot_UsesRoutes()
    {
        var links = SiteLinks.AtRoot(LinkStyle.Served);
        links.Code("86320").ShouldBe("codes/86320");
        links.CodeJson("86320").ShouldBe("api/codes/86320");
        SitePage.Render("Home", "", links).ShouldContain("action=\"search\"");
    }

    [Fact]
    public void Render_Always_HasNoInlineScriptOrStyle()
    {
        var html = SitePage.Render("t", "", SiteLinks.AtRoot(LinkStyle.Static), "q", withSearchScript: true);
        html.ShouldContain("<script src=\"assets/search.js\" defer></script>");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<style");
        html.ShouldNotContain("style=");
    }

    [Fact]
    public void Render_QueryWithMarkup_IsEncoded()
    {
        var html = SitePage.Render("<b>", "", SiteLinks.AtRoot(LinkStyle.Served), "\"><script>alert(1)</script>");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("&lt;b&gt;");
    }
}
