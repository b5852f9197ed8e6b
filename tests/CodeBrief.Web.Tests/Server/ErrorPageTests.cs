using System.Net;
using System.Net.Http.Headers;
using CodeBrief.Warehouse;
using CodeBrief.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CodeBrief.Web.Tests.Server;

/// <summary>Every error answer, thrown or by status, carries the security headers; browsers get an HTML page, the API problem details.</summary>
public sealed class ErrorPageTests : IAsyncLifetime
{
    private readonly TestWarehouse _warehouse = new();
    private WebApplication? _app;
    private HttpClient _client = new();

    public async Task InitializeAsync()
    {
        // The home page reads the sources list; this warehouse fails there, as a broken store would.
        _app = WebHost.Build(_warehouse.HostOptions() with { OpenWarehouse = () => new BrokenSources(_warehouse.Open()) });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _warehouse.Dispose();
    }

    [Theory]
    [InlineData("/", HttpStatusCode.InternalServerError)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Error_Browser_GetsAnHtmlPageWithTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.InternalServerError)]
    [InlineData("/api/no-such-route", HttpStatusCode.NotFound)]
    public async Task Error_ApiClient_GetsProblemDetailsWithTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("InvalidOperationException"); // no internals leak
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    // A warehouse whose sources register fails, as a store that broke under a running server would.
    private sealed class BrokenSources(IWarehouse inner) : IWarehouse
    {
        public string Display => inner.Display;
        public bool IsReadOnly => inner.IsReadOnly;
        public ISourceStore Sources => throw new InvalidOperationException("the sources register broke");
        public IReferenceStore Reference => inner.Reference;
        public IReferenceStore PreviousReference => inner.PreviousReference;
        public ICodeCatalog Catalog => inner.Catalog;
        public IEvidenceStore Evidence => inner.Evidence;
        public IRateStore Rates => inner.Rates;
        public IReferenceWriter Writer => inner.Writer;
        public void Dispose() => inner.Dispose();
    }
}
