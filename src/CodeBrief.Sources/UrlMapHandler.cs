namespace CodeBrief.Sources;

/// <summary>Sends each request to the URL <see cref="UrlMap.Apply"/> gives: the one place the URL map is honoured.</summary>
public sealed class UrlMapHandler : DelegatingHandler
{
    private readonly UrlMap _map;

    /// <summary>Creates the handler over <paramref name="inner"/>.</summary>
    public UrlMapHandler(UrlMap map, HttpMessageHandler inner) : base(inner)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } url) request.RequestUri = _map.Apply(url);
        return base.SendAsync(request, cancellationToken);
    }
}
