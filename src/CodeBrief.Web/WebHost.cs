using CodeBrief.Web.Briefs;
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
    /// <remarks>Opens the warehouse once (and closes it again) so a missing or unreadable warehouse fails here, not on the first request.</remarks>
    /// <exception cref="Core.Errors.SourceUnavailableException">The warehouse is missing or not readable (thrown by <see cref="WebHostOptions.OpenWarehouse"/>).</exception>
    /// <exception cref="ArgumentException"><see cref="WebHostOptions.OpenWarehouse"/> opened the warehouse for writing.</exception>
    public static WebApplication Build(WebHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (var probe = options.OpenWarehouse())
        {
            if (!probe.IsReadOnly)
                throw new ArgumentException($"{options.Store}: the web host only reads; OpenWarehouse must open the warehouse read-only.", nameof(options));
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        AddApiDocument(builder.Services);
        // The container disposes the cache, and the cache its warehouse, when the application is disposed.
        builder.Services.AddSingleton(_ => new BriefCache(options.OpenWarehouse(), options.Clock, options.BriefCacheCapacity));

        var app = builder.Build();
        // Outermost, so every answer carries the headers, the error pages of the two handlers below included.
        app.Use(SecurityHeaders.InvokeAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPages.ExceptionAsync });
        app.UseStatusCodePages(ErrorPages.StatusCodeAsync);
        MapPages(app, options.OpenWarehouse);
        MapApi(app, options.OpenWarehouse);
        return app;
    }

    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
}
