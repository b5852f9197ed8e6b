using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CodeBrief.Sources.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) answering paths from a table and 404 for anything else, recording each
/// request path: the publishers' pages and files, served locally, reached through <see cref="UrlMap"/>.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    /// <summary>Bodies by path (<c>/files/zip/rvu26a.zip</c>).</summary>
    public ConcurrentDictionary<string, byte[]> Bodies { get; } = new(StringComparer.Ordinal);

    /// <summary>Every path asked for, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The map that sends <c>https://www.cms.gov</c> here.</summary>
    public UrlMap CmsMap => UrlMap.Parse($"https://www.cms.gov={BaseUrl.ToString().TrimEnd('/')}");

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue(path);
            if (Bodies.TryGetValue(path, out var body))
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = path.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(body).ConfigureAwait(false);
            }
            else context.Response.StatusCode = 404;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { /* stopped */ }
    }
}
