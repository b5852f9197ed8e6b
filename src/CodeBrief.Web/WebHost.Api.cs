using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Dossier;
using CodeBrief.Warehouse;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CodeBrief.Web;

public static partial class WebHost
{
    private const string JsonType = "application/json; charset=utf-8";

    // Each request that reads the warehouse opens its own (IWarehouse is not thread-safe) and closes it before answering.
    private static void MapApi(WebApplication app, Func<IWarehouse> open)
    {
        app.MapMethods("/api/codes/{code}", GetHead, (string code, string? zip, string? locality, BriefCache cache) =>
            Brief(code, cache, open, b => Results.Bytes(b.Json, JsonType), zip, locality));
        app.MapMethods("/api/codes/{code}/benchmarks", GetHead, (string code, BriefCache cache) =>
            Brief(code, cache, open, b => Results.Bytes(b.Benchmarks, JsonType)));
        app.MapMethods("/api/search", GetHead, (string? q) =>
        {
            using var w = open();
            return Results.Json(ApiModels.Search(CodeCatalog.Search(w.Catalog, q)), CodeBriefJson.Html);
        });
        app.MapMethods("/api/sources", GetHead, () =>
        {
            using var w = open();
            return Results.Json(ApiModels.Sources(w.Sources.All()), CodeBriefJson.Html);
        });
        app.MapMethods("/openapi.json", GetHead, () => Results.Text(OpenApiDocument.Json, JsonType));
        // Unknown API routes answer with problem details rather than an empty 404.
        app.MapMethods("/api/{**rest}", GetHead, () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "No such API route; see /openapi.json."));
    }

    private static IResult Brief(string code, BriefCache cache, Func<IWarehouse> open, Func<CachedBrief, IResult> answer,
        string? zip = null, string? locality = null)
    {
        if (!HcpcsCode.TryParse(code, out var parsed))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a CPT or HCPCS code",
                detail: $"A code is {HcpcsCode.Shape}.");
        CachedBrief? brief;
        try
        {
            brief = cache.Get(parsed, LocationQuery.Parse(zip, locality));
        }
        catch (UsageException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown or malformed place", detail: e.Message);
        }
        if (brief is not null) return answer(brief);
        IReadOnlyList<CodeHit> close;
        using (var w = open()) close = CodeCatalog.CloseMatches(w.Catalog, parsed);
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Code not in the loaded code sets",
            detail: $"No loaded file lists {parsed.Value}.",
            extensions: new Dictionary<string, object?> { ["code"] = parsed.Value, ["close_matches"] = close.Select(h => h.Code).ToArray() });
    }
}
