using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Dossier;
using CodeBrief.Render.Site;
using CodeBrief.Warehouse;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;
using CodeBrief.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CodeBrief.Web;

public static partial class WebHost
{
    private const string HtmlType = "text/html; charset=utf-8";

    private static void MapPages(WebApplication app, Func<IWarehouse> open)
    {
        var root = SiteLinks.AtRoot(LinkStyle.Served);
        var codes = SiteLinks.InCodes(LinkStyle.Served);

        app.MapMethods("/", GetHead, () =>
        {
            using var w = open();
            return Html(SitePages.Home(w.Sources.All(), root, CodeCatalog.All(w.Catalog), listEveryCode: false));
        });
        app.MapMethods("/search", GetHead, (string? q) =>
        {
            using var w = open();
            return Html(SitePages.SearchResults(CodeCatalog.Search(w.Catalog, q), root));
        });
        app.MapMethods("/sources", GetHead, () =>
        {
            using var w = open();
            return Html(SitePages.Sources(w.Sources.All(), root));
        });
        app.MapMethods("/rules", GetHead, () =>
        {
            using var w = open();
            return Html(SitePages.Rules(Dossier.Rules.RuleCatalog.Publish(w.Reference), root));
        });
        app.MapMethods("/codes/{code}", GetHead, (string code, string? zip, string? locality, BriefCache cache) =>
        {
            if (!HcpcsCode.TryParse(code, out var parsed)) return Html(SitePages.BadCode(code, codes), StatusCodes.Status400BadRequest);
            // A lower-case or padded code gets one canonical address.
            if (parsed.Value != code) return Results.Redirect(Uri.EscapeDataString(parsed.Value), permanent: true);
            CachedBrief? brief;
            try
            {
                brief = cache.Get(parsed, LocationQuery.Parse(zip, locality));
            }
            catch (UsageException e)
            {
                return Html(SitePages.Error(StatusCodes.Status400BadRequest, "Unknown or malformed place", e.Message, codes), StatusCodes.Status400BadRequest);
            }
            if (brief is not null) return Results.Bytes(brief.Page, HtmlType);
            using var w = open();
            return Html(SitePages.NotFound(parsed.Value, CodeCatalog.CloseMatches(w.Catalog, parsed), codes), StatusCodes.Status404NotFound);
        });
        app.MapMethods("/compare", GetHead, (string? codes, BriefCache cache) =>
        {
            var asked = (codes ?? "").Split((char[])[',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Take(SitePages.MaxCompared).ToList();
            var items = new List<(string, BriefContent?, string?)>();
            foreach (var text in asked)
            {
                if (!HcpcsCode.TryParse(text, out var parsed)) { items.Add((text.Length > 20 ? text[..20] : text, null, $"Not a CPT or HCPCS code: a code is {HcpcsCode.Shape}.")); continue; }
                if (items.Any(i => i.Item1 == parsed.Value)) continue;
                var brief = cache.Get(parsed, null);
                items.Add((parsed.Value, brief?.Content, brief is null ? "No loaded file (HCPCS, CLFS, PFS) lists this code." : null));
            }
            return Html(SitePages.Compare(string.Join(",", asked), items, root));
        });
        app.MapMethods("/assets/{file}", GetHead, (string file) => file switch
        {
            SiteAssets.SuggestScriptFile => Results.Text(SiteAssets.SuggestScript, "text/javascript; charset=utf-8"),
            SiteAssets.CssFile => Results.Text(SiteAssets.Css, "text/css; charset=utf-8"),
            SiteAssets.SearchScriptFile => Results.Text(SiteAssets.SearchScript, "text/javascript; charset=utf-8"),
            _ => Results.NotFound(),
        });
        app.MapMethods("/healthz", GetHead, () => Results.Text("ok", "text/plain; charset=utf-8"));
    }

    private static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Text(page, HtmlType, Encoding.UTF8, status);
}
