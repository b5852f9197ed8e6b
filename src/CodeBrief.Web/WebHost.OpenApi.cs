using CodeBrief.Core;
using CodeBrief.Core.Codes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CodeBrief.Web;

public static partial class WebHost
{
    // ASP.NET Core writes the OpenAPI document from the endpoints' own metadata. The document is named "openapi" and the
    // route admits only that name, so it is served at the address the README has always given, /openapi.json.
    private const string OpenApiDocumentName = "openapi";

    private static void AddApiDocument(IServiceCollection services)
    {
        // The slim builder leaves the regex route constraint out; the document's route needs it.
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<RegexInlineRouteConstraint>("regex"));
        // The schemas name properties and numbers as the answers write them (CodeBriefJson: snake_case, numbers as numbers).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = CodeBriefJson.Html.PropertyNamingPolicy;
            o.SerializerOptions.NumberHandling = CodeBriefJson.Html.NumberHandling;
        });
        services.AddOpenApi(OpenApiDocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "CodeBrief API",
                    Version = "1.0.0",
                    Description = "Read-only API over a CodeBrief warehouse. Every fact carries its source (file, version, row). " +
                        "Errors are RFC 9457 problem details.",
                };
                return Task.CompletedTask;
            });
            // A path's {code} takes the grammar HcpcsCode parses; the endpoints answer 400 for anything else.
            o.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters ?? [])
                    if (parameter is { Name: "code", In: ParameterLocation.Path, Schema: OpenApiSchema schema })
                        schema.Pattern = "^" + HcpcsCode.Pattern + "$";
                return Task.CompletedTask;
            });
        });
    }

    private static void MapOpenApiDocument(WebApplication app) =>
        app.MapOpenApi("/{documentName:regex(^" + OpenApiDocumentName + "$)}.json");
}
