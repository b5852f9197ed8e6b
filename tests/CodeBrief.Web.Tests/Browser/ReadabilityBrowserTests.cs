using System.Text;
using CodeBrief.Brief;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;
using CodeBrief.Render.Html;
using CodeBrief.Render.Site;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Pages;
using CodeBrief.Web.Tests.Fixtures;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CodeBrief.Web.Tests.Browser;

/// <summary>
/// Issue 18 on any screen: the brief pages of 86320, 0689T, 99213 and a payer-loaded code, the home, compare and standalone
/// pages, at 1,400 and 390 pixels: no page wider than the window, no "[Source:" text, no serious or critical axe-core
/// violation. Screenshots of every page at both widths go to <see cref="Chromium.ScreenshotFolder"/>/readability (a CI artefact).
/// </summary>
[Collection("browser")]
public class ReadabilityBrowserTests(RunningServer server) : IClassFixture<RunningServer>
{
    private static readonly int[] Widths = [1400, 390];

    private static string Shots
    {
        get
        {
            var folder = Path.Combine(Chromium.ScreenshotFolder, "readability");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    [Theory]
    [InlineData("brief-86320", "codes/86320")]
    [InlineData("brief-0689T", "codes/0689T")]
    [InlineData("brief-99213", "codes/99213")]
    [InlineData("home", "")]
    [InlineData("compare-86320-86325", "compare?codes=86320,86325")]
    public async Task ServedPage_BothWidths_FitsHasNoInlineSourcesAndNoSeriousAxeViolation(string name, string path)
    {
        if (Chromium.Skipped) return;
        await CheckAsync(name, new Uri(server.BaseAddress, path).AbsoluteUri, async page =>
        {
            if (name == "brief-99213")
            {
                // The state map: one tile per state with PFS localities, and its table alternative.
                (await page.Locator(".tile-map .tile").CountAsync()).ShouldBeGreaterThanOrEqualTo(50);
                (await page.Locator(".state-table tbody tr").CountAsync()).ShouldBe(await page.Locator(".tile-map .tile").CountAsync());
            }
            if (name == "compare-86320-86325") (await page.Locator(".compare-grid article").CountAsync()).ShouldBe(2);
            if (name.StartsWith("brief-", StringComparison.Ordinal))
            {
                (await page.Locator("#key-facts").CountAsync()).ShouldBe(1);
                var cite = page.Locator("a[href^='#src-']").First;
                (await cite.GetAttributeAsync("title"))!.ShouldContain("row ");
            }
        });
    }

    [Fact]
    public async Task HomePage_TypingACode_SuggestsItAsYouType()
    {
        if (Chromium.Skipped) return;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.BaseAddress.AbsoluteUri);
            await page.Locator("#q").PressSequentiallyAsync("8632");
            await page.WaitForSelectorAsync("#suggestions a");
            (await page.Locator("#suggestions a .code").AllTextContentsAsync()).ShouldContain("86320");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "home-suggest-1400.png") });
        }
    }

    [Fact]
    public async Task PayerLoadedBrief_BothWidths_CardsPerPayerFitAndPassAxe()
    {
        if (Chromium.Skipped) return;
        var site = Path.Combine(server.Warehouse.Folder, "payer-site");
        Directory.CreateDirectory(Path.Combine(site, "codes"));
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        await File.WriteAllTextAsync(Path.Combine(site, "assets", SiteAssets.CssFile), SiteAssets.Css);
        await File.WriteAllTextAsync(Path.Combine(site, "assets", SiteAssets.SuggestScriptFile), SiteAssets.SuggestScript);
        CodeDossier dossier;
        using (var warehouse = server.Warehouse.Open()) dossier = new DossierBuilder(warehouse).Build("86320");
        dossier = dossier with { Payers = [Payer("Acme Health", "26", "non-facility", 12, 24m), Payer("Acme Health", "global", "facility", 40, 31m),
            Payer("Blue Example Plan", "global", "non-facility", 9, 28m)] };
        var brief = BriefBuilder.Build(dossier, new DateOnly(2026, 12, 2));
        var content = new BriefContent("86320", "86320 with payer rates", BriefHtmlBody.Extract(new HtmlBriefRenderer().Render(brief)), "{}", "{}",
            BriefComposer.Chart(dossier), []) { PayerCharts = BriefComposer.PayerCharts(dossier) };
        var file = Path.Combine(site, "codes", "86320.html");
        await File.WriteAllTextAsync(file, SitePages.Brief(content, SiteLinks.InCodes(LinkStyle.Static)), Encoding.UTF8);
        await CheckAsync("brief-86320-payers", new Uri(file).AbsoluteUri, async page =>
        {
            (await page.Locator(".payer-card").CountAsync()).ShouldBe(2);
            (await page.Locator(".payer-card svg.rate-chart").CountAsync()).ShouldBe(2);
            // The chart rows are labelled by stratum, so Acme's two strata can be told apart.
            var labels = await page.Locator(".payer-card").First.Locator("svg g.payer text").AllTextContentsAsync();
            labels.ShouldBe(["professional · office · mod 26", "professional · facility · global"], ignoreOrder: true);
        });
    }

    [Fact]
    public async Task StandaloneHtmlBrief_BothWidths_FitsAndPassesAxe()
    {
        if (Chromium.Skipped) return;
        var folder = Path.Combine(server.Warehouse.Folder, "standalone");
        Directory.CreateDirectory(folder);
        using (var warehouse = server.Warehouse.Open())
            foreach (var code in (string[])["86320", "0689T", "99213"])
                await File.WriteAllTextAsync(Path.Combine(folder, code + ".html"),
                    new HtmlBriefRenderer().Render(BriefBuilder.Build(new DossierBuilder(warehouse).Build(code), new DateOnly(2026, 12, 2))));
        foreach (var code in (string[])["86320", "0689T", "99213"])
            await CheckAsync("standalone-" + code, new Uri(Path.Combine(folder, code + ".html")).AbsoluteUri, _ => Task.CompletedTask);
    }

    private static PayerRateSummary Payer(string name, string modifier, string place, int n, decimal median)
    {
        var src = new SourceRef("tic-in-network", name.Replace(' ', '-') + ".json", "2026-01", 0);
        return new PayerRateSummary(name, true, "professional", "unspecified", place, modifier, "negotiated", true,
            n, 0, "none", 2, 3, 2, median - 6, median - 4, median - 2, median, median + 2, median + 4, median + 6,
            null, null, null, null, null, null, null, null, null, null,
            "medium", "percentiles text", "outlier text", "confidence text", [src]);
    }

    /// <summary>Opens <paramref name="url"/> at each width: fits the window, no inline source text, no serious axe finding, screenshot.</summary>
    private static async Task CheckAsync(string name, string url, Func<IPage, Task> more)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            foreach (var width in Widths)
            {
                var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
                var response = await page.GotoAsync(url);
                if (response is not null) response.Status.ShouldBe(200, url);
                var scroll = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
                scroll.ShouldBeLessThanOrEqualTo(width, $"{name} at {width}px scrolls sideways ({scroll}px wide)");
                (await page.InnerTextAsync("body")).ShouldNotContain("[Source:");
                await more(page);
                var axe = await page.RunAxe();
                var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
                serious.ShouldBeEmpty($"{name} at {width}px");
                await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-{width}.png"), FullPage = true });
                await page.CloseAsync();
            }
        }
    }
}
