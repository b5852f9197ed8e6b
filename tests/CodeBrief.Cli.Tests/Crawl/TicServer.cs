using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CodeBrief.Cli.Tests.Crawl;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) serving tables of contents, in-network files and provider-reference
/// files the way payer hosts do: ETags and byte ranges (If-Range), and the faults of real hosting on request: error
/// statuses, 429 with Retry-After and 5xx that clear after a number of tries, redirects, bodies that break off, files
/// that change between reads, slow bodies. Every request is recorded with its Range header.
/// </summary>
internal sealed class TicServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);

    public TicServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:PORT, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request: path and the Range header (empty when none).</summary>
    public ConcurrentQueue<(string Path, string Range)> Requests { get; } = new();

    /// <summary>When each request arrived, by path.</summary>
    public ConcurrentQueue<(string Path, DateTime At)> Arrivals { get; } = new();

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> with an ETag, honouring ranges.</summary>
    public Route File(string path, byte[] body, string contentType = "application/octet-stream") =>
        _routes[path] = new Route { Body = body, ContentType = contentType };

    /// <summary>Answers <paramref name="status"/> with <paramref name="body"/> at <paramref name="path"/>.</summary>
    public Route Status(string path, int status, string body = "", string contentType = "text/plain") =>
        _routes[path] = new Route { FixedStatus = status, Body = Encoding.UTF8.GetBytes(body), ContentType = contentType };

    /// <summary>Redirects <paramref name="path"/> to <paramref name="location"/>.</summary>
    public Route Redirect(string path, string location) => _routes[path] = new Route { Location = location };

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var range = context.Request.Headers["Range"] ?? "";
        Requests.Enqueue((path, range));
        Arrivals.Enqueue((path, DateTime.UtcNow));
        var response = context.Response;
        try
        {
            if (!_routes.TryGetValue(path, out var route))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            var attempt = Interlocked.Increment(ref route.Attempts);
            if (route.FailFirst is { } fail && attempt <= fail.Times)
            {
                response.StatusCode = fail.Status;
                if (fail.RetryAfterSeconds is { } s) response.AddHeader("Retry-After", s.ToString(System.Globalization.CultureInfo.InvariantCulture));
                response.Close();
                return;
            }
            if (route.Location is { } location)
            {
                response.StatusCode = 302;
                response.RedirectLocation = location;
                response.Close();
                return;
            }
            if (route.FixedStatus is { } status)
            {
                response.StatusCode = status;
                response.ContentType = route.ContentType;
                await response.OutputStream.WriteAsync(route.Body).ConfigureAwait(false);
                response.Close();
                return;
            }
            var body = route.Body;
            var etag = route.ETag;
            long start = 0;
            var ifRange = context.Request.Headers["If-Range"];
            if (range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-') && (ifRange is null || ifRange == etag))
                start = long.Parse(range[6..^1], System.Globalization.CultureInfo.InvariantCulture);
            response.ContentType = route.ContentType;
            response.AddHeader("ETag", etag);
            response.AddHeader("Accept-Ranges", "bytes");
            if (start > 0)
            {
                response.StatusCode = 206;
                response.AddHeader("Content-Range", $"bytes {start}-{body.Length - 1}/{body.Length}");
            }
            response.ContentLength64 = body.Length - start;
            var sent = start;
            var breakAt = route.BreakOffOnce is { } at && Interlocked.Exchange(ref route.BrokeOff, 1) == 0 ? at : long.MaxValue;
            while (sent < body.Length)
            {
                var n = (int)Math.Min(route.ChunkSize, body.Length - sent);
                if (sent + n > breakAt)
                {
                    n = (int)(breakAt - sent);
                    if (n > 0) await response.OutputStream.WriteAsync(body.AsMemory((int)sent, n)).ConfigureAwait(false);
                    await response.OutputStream.FlushAsync().ConfigureAwait(false);
                    route.AfterBreak?.Invoke(route);
                    response.Abort();
                    return;
                }
                await response.OutputStream.WriteAsync(body.AsMemory((int)sent, n)).ConfigureAwait(false);
                sent += n;
                route.OnSent?.Invoke(sent);
                if (route.ChunkDelay > TimeSpan.Zero) await Task.Delay(route.ChunkDelay).ConfigureAwait(false);
            }
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            try { response.Abort(); } catch (ObjectDisposedException) { /* closed */ }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { /* stopped */ }
    }

    /// <summary>How one path answers.</summary>
    public sealed class Route
    {
        public byte[] Body { get; set; } = [];
        public string ContentType { get; set; } = "application/octet-stream";
        public int? FixedStatus { get; set; }
        public string? Location { get; set; }
        /// <summary>The ETag; changing it (or the body) makes the file another version.</summary>
        public string ETag { get; set; } = "\"v1\"";
        /// <summary>Answer <c>Status</c> (with Retry-After seconds when given) to the first <c>Times</c> requests.</summary>
        public (int Times, int Status, int? RetryAfterSeconds)? FailFirst { get; set; }
        /// <summary>Break the connection once after this many bytes of the body.</summary>
        public long? BreakOffOnce { get; set; }
        /// <summary>Called when the body broke off (to change the file, say).</summary>
        public Action<Route>? AfterBreak { get; set; }
        /// <summary>Called after each chunk with the bytes sent so far.</summary>
        public Action<long>? OnSent { get; set; }
        public int ChunkSize { get; set; } = 1 << 16;
        public TimeSpan ChunkDelay { get; set; }
        internal int Attempts;
        internal int BrokeOff;
    }
}
