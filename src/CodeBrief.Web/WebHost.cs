using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeBrief.Web;

/// <summary>
/// Builds the CodeBrief web server: site pages, JSON API and OpenAPI document over a read-only warehouse.
/// Used by <c>codebrief serve</c>, the tests and the load benchmark.
/// </summary>
public static partial class WebHost
{
    /// <summary>Creates the application (not yet started): call <c>StartAsync</c>/<c>RunAsync</c> on the result.</summary>
    /// <exception cref="Core.Errors.SourceUnavailableException">The warehouse file is missing.</exception>
    public static WebApplication Build(WebHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warehouse = new WarehouseReader(options.WarehousePath);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(warehouse);
        builder.Services.AddSingleton(_ => new BriefCache(warehouse, options.Clock, options.BriefCacheCapacity));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.InvokeAsync);
        MapPages(app);
        MapApi(app);
        return app;
    }

    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
}
