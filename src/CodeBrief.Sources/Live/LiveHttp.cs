using CodeBrief.Sources.Http;

namespace CodeBrief.Sources.Live;

/// <summary>
/// The HTTP client of the live fetches: <see cref="ResilientHttp"/> (URL map, retries with backoff and jitter on 429, 408,
/// 5xx and connection failures, honouring <c>Retry-After</c>) with redirects followed and JSON asked for. A refused
/// licence token (401/403) or a bad request (400/404) is an answer, not a fault, and is not retried.
/// </summary>
public static class LiveHttp
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetries = 4;

    /// <summary>How long one attempt may take before it counts as failed and is retried.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(2);

    /// <summary>A client over <paramref name="inner"/> (a socket handler when null); the caller disposes it.</summary>
    /// <param name="map">The URL map (<c>CODEBRIEF_URL_MAP</c> when null).</param>
    /// <param name="firstRetryDelay">The backoff's first delay (2 s when null; tests pass a few milliseconds).</param>
    /// <param name="inner">The innermost handler; tests may pass their own.</param>
    public static HttpClient CreateClient(UrlMap? map = null, TimeSpan? firstRetryDelay = null, HttpMessageHandler? inner = null)
    {
        var retry = new RetrySettings(MaxRetries, firstRetryDelay ?? TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), AttemptTimeout);
        var http = ResilientHttp.CreateClient(map, retry, followRedirects: true, inner);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return http;
    }
}
