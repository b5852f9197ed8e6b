using CodeBrief.Render.Site;
using CodeBrief.Web.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CodeBrief.Web;

/// <summary>
/// The answer for every error, thrown or by status: an HTML page for a browser asking for a site page, problem details
/// (RFC 9457 JSON) for the API and for clients that do not ask for HTML. The security headers come from the outermost
/// middleware, so both kinds carry them.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Writes the 500 answer after an unhandled exception (its details stay in the server log, never in the answer).</summary>
    public static Task ExceptionAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong",
            "CodeBrief could not answer this request. Nothing was changed; try again, and report it if it keeps happening.");

    /// <summary>Writes the body of an error status that no endpoint wrote one for (404 for an unknown path, 405, …).</summary>
    public static Task StatusCodeAsync(StatusCodeContext context) =>
        WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, Title(context.HttpContext.Response.StatusCode),
            "There is no page at this address. Search for a code from the home page.");

    private static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (!WantsHtml(context.Request))
            return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(SitePages.Error(status, title, detail, SiteLinks.AtRoot(LinkStyle.Served)));
    }

    private static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        _ => $"Error {status}",
    };
}
