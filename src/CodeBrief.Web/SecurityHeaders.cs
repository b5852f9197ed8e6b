using Microsoft.AspNetCore.Http;

namespace CodeBrief.Web;

/// <summary>
/// Adds the security headers to every response and refuses every method but GET and HEAD (the server only reads).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy: own files only, no inline script or style, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Middleware body: sets headers, answers 405 with problem details for other methods.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // Set when the response starts, so an error page written after the exception handler cleared the response still
        // carries them.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
                detail: "CodeBrief serves read-only pages and data: use GET or HEAD.").ExecuteAsync(context);
            return;
        }
        await next();
    }
}
