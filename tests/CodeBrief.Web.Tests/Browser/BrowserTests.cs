using System.Text.Json;
using CodeBrief.Render.Site;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Export;
using CodeBrief.Web.Pages;
using CodeBrief.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace CodeBrief.Web.Tests.Browser;

/// <summary>Drives a real chromium against the server on loopback and against the static export opened from disk.</summary>
[Collection("browser")]
public class BrowserTests(RunningServer server) : IClassFixture<RunningServer>
{
    [Fact]
    public async Task ServedSite_SearchOpenBriefFollowRelatedAndFetchApi_Works()
    {
        if (Chromium.Skipped) return;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var errors = Chromium.WatchErrors(page);
            (await page.GotoAsync(server.BaseAddress.ToString()))!.Status.ShouldBe(200);

            await page.FillAsync("#q", "immunoelectrophoresis");
            await page.PressAsync("#q", "Enter");
            await Chromium.WaitForPageAsync(page, "/search?q=immunoelectrophoresis");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "served-1-search.png"), FullPage = true });

            await page.ClickAsync("a.code[href='codes/86320']");
            await Chromium.WaitForPageAsync(page, "/codes/86320");
            (await page.TextContentAsync("h1"))!.ShouldContain("86320");
            (await page.Locator("main table").CountAsync()).ShouldBeGreaterThan(0);
            (await page.Locator("section.payer-chart").IsVisibleAsync()).ShouldBeTrue();
            // The style sheet loaded (CSP allows 'self'): the header is laid out as a flex row.
            (await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display")).ShouldBe("flex");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "served-2-brief-86320.png"), FullPage = true });

            var related = page.Locator(".related-codes a.code").First;
            var relatedCode = (await related.TextContentAsync())!.Trim();
            await related.ClickAsync();
            await Chromium.WaitForPageAsync(page, $"/codes/{relatedCode}");
            (await page.TextContentAsync("h1"))!.ShouldContain(relatedCode);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"served-3-related-{relatedCode}.png"), FullPage = true });

            var json = await page.EvaluateAsync<string>("async () => await (await fetch('../api/codes/86320')).text()");
            using (var doc = JsonDocument.Parse(json))
                doc.RootElement.GetProperty("code").GetString().ShouldBe("86320");

            errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task StaticSite_OpenedFromDisk_SearchesInTheBrowserAndOpensBrief()
    {
        if (Chromium.Skipped) return;
        var site = Path.Combine(server.Warehouse.Folder, "static-site");
        using (var warehouse = server.Warehouse.Open())
            StaticSiteExporter.Export(warehouse, site, null, null, CancellationToken.None);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var errors = Chromium.WatchErrors(page);
            await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
            await page.FillAsync("#q", "immunoelectrophoresis serum");
            await page.PressAsync("#q", "Enter");
            await page.WaitForSelectorAsync("#results a.code");
            var codes = await page.Locator("#results a.code").AllTextContentsAsync();
            codes.ShouldBe(["86320"]);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "static-1-search.png"), FullPage = true });

            await page.ClickAsync("#results a.code");
            await Chromium.WaitForPageAsync(page, "/codes/86320.html");
            (await page.TextContentAsync("h1"))!.ShouldContain("86320");
            (await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display")).ShouldBe("flex");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "static-2-brief-86320.png"), FullPage = true });
            errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task ChartPage_HandBuiltSummary_DrawsVisibleSvgWithBoxesAndReference()
    {
        if (Chromium.Skipped) return;
        // A brief page in the site shell with a hand-built payer summary, opened from disk with the site's assets.
        var site = Path.Combine(server.Warehouse.Folder, "chart-site");
        Directory.CreateDirectory(Path.Combine(site, "codes"));
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        await File.WriteAllTextAsync(Path.Combine(site, "assets", SiteAssets.CssFile), SiteAssets.Css);
        var chart = new RateChart("86320",
        [
            new RateDistribution("Payer A", 18m, 22m, 26m, 31m, 40m, 120, "a.json (2025-01)"),
            new RateDistribution("Payer B", 25m, 28m, 33m, 36m, 44m, 35, "b.json (2025-02)"),
        ], 29.92m, "CLFS national limit, CLFS 2025 Q2V1.csv (2025Q2V1), row 1560");
        var content = new BriefContent("86320", "86320 chart", "<h1>86320 chart</h1>", "{}", "{}", chart, []);
        await File.WriteAllTextAsync(Path.Combine(site, "codes", "86320.html"), SitePages.Brief(content, SiteLinks.InCodes(LinkStyle.Static)));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(Path.Combine(site, "codes", "86320.html")).AbsoluteUri);
            var svg = page.Locator("svg.rate-chart");
            (await svg.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(300);
            (await page.Locator("svg.rate-chart g.payer rect.box").CountAsync()).ShouldBe(2);
            (await page.Locator("svg.rate-chart g.medicare line").CountAsync()).ShouldBe(1);
            (await page.Locator("table.rate-table tbody tr").CountAsync()).ShouldBe(2);
            (await page.GetByRole(AriaRole.Img, new() { Name = "Negotiated rates for 86320 by payer" }).CountAsync()).ShouldBe(1);
            await svg.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "chart-86320.png") });
        }
    }
}
