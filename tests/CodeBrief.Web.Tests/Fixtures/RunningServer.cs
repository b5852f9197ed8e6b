using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CodeBrief.Web.Tests.Fixtures;

/// <summary>The real server (Kestrel) on a free loopback port over a <see cref="TestWarehouse"/>; shared by a test class.</summary>
public sealed class RunningServer : IAsyncLifetime
{
    private WebApplication? _app;

    public TestWarehouse Warehouse { get; } = new();

    /// <summary>Base address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _app = WebHost.Build(Warehouse.HostOptions());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Warehouse.Dispose();
    }
}
