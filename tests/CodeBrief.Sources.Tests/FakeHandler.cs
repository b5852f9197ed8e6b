using System.Net;

namespace CodeBrief.Sources.Tests;

/// <summary>Answers HTTP requests from a table: bytes for a URL, an exception, or 404 for anything else.</summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    public Dictionary<Uri, byte[]> Bodies { get; } = [];
    public Dictionary<Uri, Exception> Failures { get; } = [];
    public List<Uri> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!; // HttpClient always sets it for GetAsync(Uri)
        Requests.Add(url);
        if (Failures.TryGetValue(url, out var failure)) throw failure;
        return Task.FromResult(Bodies.TryGetValue(url, out var body)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
