using System.ComponentModel;
using System.Text.Json;
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

    private const string BriefDescription =
        "The JSON brief: code, code_type, descriptor, sections, modifiers, taxonomies, diagnoses, related_codes, medicare, payers " +
        "and sources; every fact carries its source (file, version, row).";

    // Each request that reads the warehouse opens its own (IWarehouse is not thread-safe) and closes it before answering.
    private static void MapApi(WebApplication app, Func<IWarehouse> open)
    {
        var api = app.MapGroup("/api").WithTags("CodeBrief");
        api.MapMethods("/codes/{code}", GetHead, (
                [Description("A CPT or HCPCS code, for instance 86320 or G0101.")] string code,
                [Description("Price the code in this ZIP code's Medicare payment locality as well (five digits); a ZIP that spans several localities lists them. Not with locality.")] string? zip,
                [Description("Price the code in this Medicare payment locality as well, CARRIER-LOCALITY (for example 01112-05). Not with zip.")] string? locality,
                BriefCache cache) =>
            Brief(code, cache, open, b => Results.Bytes(b.Json, JsonType), zip, locality))
            .WithSummary("The JSON brief of a CPT/HCPCS code")
            .WithDescription(BriefDescription)
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapMethods("/codes/{code}/benchmarks", GetHead, ([Description("A CPT or HCPCS code.")] string code, BriefCache cache) =>
                Brief(code, cache, open, b => Results.Bytes(b.Benchmarks, JsonType)))
            .WithSummary("Payer rate summaries of a code (percentiles per payer and stratum, Medicare reference)")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapMethods("/search", GetHead, ([Description("Code, code prefix or descriptor words; specialty names.")] string? q) =>
            {
                using var w = open();
                return TypedResults.Json(CodeCatalog.Search(w.Catalog, q), CodeBriefJson.Html);
            })
            .WithSummary("Search codes by code, code prefix or descriptor words, and NUCC specialties by name (at most 50 codes, 20 specialties)")
            .Produces<SearchResult>(StatusCodes.Status200OK, "application/json");
        api.MapMethods("/sources", GetHead, () =>
            {
                using var w = open();
                return TypedResults.Json(SourcesAnswer.From(w.Sources.All()), CodeBriefJson.Html);
            })
            .WithSummary("Every loaded source file with version, row counts and load time")
            .Produces<SourcesAnswer>(StatusCodes.Status200OK, "application/json");
        // Unknown API routes answer with problem details rather than an empty 404.
        api.MapMethods("/{**rest}", GetHead, () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "No such API route; see /openapi.json."))
            .ExcludeFromDescription();
        MapOpenApiDocument(app);
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
