using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CodeBrief.Sources.Http;

/// <summary>
/// The HTTP client of every download that retries: payer crawls and the live CMS APIs. every request goes through <see cref="UrlMap"/> (<c>CODEBRIEF_URL_MAP</c>), then the
/// framework's resilience handler (retries with exponential backoff and jitter on 429, 5xx, timeouts and connection
/// failures, honouring <c>Retry-After</c>), then a socket handler that does not follow redirects, so that
/// <see cref="RemoteFile"/> sees each hop (to map it, and to catch a loop). The live CMS API clients use it too, with
/// redirects followed.
/// </summary>
public static class ResilientHttp
{
    /// <summary>A new client; the caller disposes it.</summary>
    /// <param name="map">The URL map; null reads <c>CODEBRIEF_URL_MAP</c>.</param>
    /// <param name="retry">Retry settings; null is <see cref="RetrySettings.Default"/>.</param>
    /// <param name="followRedirects">Let the socket handler follow redirects (API clients); false for <see cref="RemoteFile"/>,
    /// which follows each hop itself.</param>
    /// <param name="inner">The innermost handler (a socket handler when null); tests may pass their own.</param>
    /// <exception cref="CodeBrief.Core.Errors.UsageException"><c>CODEBRIEF_URL_MAP</c> is malformed.</exception>
    public static HttpClient CreateClient(UrlMap? map = null, RetrySettings? retry = null, bool followRedirects = false,
        HttpMessageHandler? inner = null)
    {
        retry ??= RetrySettings.Default;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(retry.AttemptTimeout)
            .Build();
        inner ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#pragma warning disable CA2000 // the handlers are owned by the client, which the caller disposes
        var resilience = new ResilienceHandler(pipeline) { InnerHandler = inner };
        var http = new HttpClient(new UrlMapHandler(map ?? UrlMap.FromEnvironment(), resilience), disposeHandler: true)
        {
            // A body may take hours; each try's wait for headers is bounded by the pipeline's timeout instead.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
#pragma warning restore CA2000
        http.DefaultRequestHeaders.UserAgent.ParseAdd("CodeBrief/1.0");
        return http;
    }
}
