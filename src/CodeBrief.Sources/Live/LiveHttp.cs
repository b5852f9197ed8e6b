using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CodeBrief.Sources.Live;

/// <summary>
/// The HTTP client of the live fetches: retries with exponential backoff and jitter on 429, 408 and 5xx answers and on
/// connection failures (honouring <c>Retry-After</c>), through <see cref="UrlMapHandler"/> so <c>CODEBRIEF_URL_MAP</c>
/// applies as for every other download.
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
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = firstRetryDelay ?? TimeSpan.FromSeconds(2),
            // The default predicate covers 408, 429, 5xx, HttpRequestException and attempt timeouts; a refused
            // licence token (401/403) and a bad request (400/404) are answers, not faults, and are not retried.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException } => true,
                { Exception: Polly.Timeout.TimeoutRejectedException } => true,
                { Result: { } r } => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)r.StatusCode >= 500,
                _ => false,
            }),
        };
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(retry)
            .AddTimeout(AttemptTimeout)
            .Build();
        var handler = new ResilienceHandler(pipeline)
        {
            InnerHandler = new UrlMapHandler(map ?? UrlMap.FromEnvironment(), inner ?? new SocketsHttpHandler()),
        };
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("CodeBrief/1.0");
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return http;
    }
}
