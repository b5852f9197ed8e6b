using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;

namespace CodeBrief.Sources.Http;

/// <summary>
/// Downloads payer files over <see cref="ResilientHttp"/>: resumable (the bytes of an interrupted run are kept as
/// <c>TARGET.part</c> and continued with a range request that holds only while the file is unchanged), bounded to a few
/// transfers per host, following redirects itself so a loop is caught, and telling the faults of payer hosting apart:
/// a missing file, an expired signed link, a redirect loop, an HTML page instead of data, a file that changed mid-read.
/// </summary>
/// <remarks>Thread-safe: one instance serves a whole crawl.</remarks>
public sealed class RemoteFile : IDisposable
{
    /// <summary>Redirects followed before giving up.</summary>
    public const int MaxRedirects = 10;

    /// <summary>Times a broken-off body is continued within one download.</summary>
    public const int MaxResumes = 5;

    private readonly HttpClient _http;
    private readonly PartitionedRateLimiter<string> _hosts;
    private readonly TimeProvider _time;

    /// <summary>Creates the downloader.</summary>
    /// <param name="http">A client from <see cref="ResilientHttp.CreateClient"/> (not disposed here).</param>
    /// <param name="perHost">Transfers at once to one host; more wait their turn.</param>
    /// <param name="time">The clock that judges a signed link's expiry.</param>
    public RemoteFile(HttpClient http, int perHost = 4, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _time = time ?? TimeProvider.System;
        _hosts = PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetConcurrencyLimiter(host,
            _ => new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, perHost), QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
    }

    /// <summary>
    /// Downloads <paramref name="url"/> to <paramref name="target"/> (replaced when complete). A <c>TARGET.part</c> left by
    /// an earlier run for the same file is continued.
    /// </summary>
    /// <param name="url">The URL as listed (the URL map applies underneath).</param>
    /// <param name="target">The file to write; its folder must exist.</param>
    /// <param name="progress">Called with the bytes received so far and the total when known.</param>
    /// <param name="cancellationToken">Stops the download, keeping the part for the next run.</param>
    /// <exception cref="RemoteFileException">The file could not be had; the kind says why.</exception>
    public async Task<RemoteDownload> DownloadAsync(string url, string target, Action<long, long?>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(target);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new RemoteFileException(url, RemoteFailureKind.NotFound, 0, "not an http(s) URL");
        var part = target + ".part";
        var notePath = part + ".json";
        var key = SignedUrl.Key(url);
        var note = PartialDownload.Read(notePath);
        if (note is null || note.Key != key || !File.Exists(part))
        {
            File.Delete(part);
            note = null;
        }
        var fromEarlierRun = note is not null && new FileInfo(part).Length > 0;
        using var lease = await _hosts.AcquireAsync(uri.Host, 1, cancellationToken).ConfigureAwait(false);
        var resumes = 0;
        var resumed = false;
        while (true)
        {
            var offset = File.Exists(part) ? new FileInfo(part).Length : 0;
            try
            {
                (note, var appended) = await TransferAsync(url, uri, part, offset, note, fromEarlierRun, progress, cancellationToken).ConfigureAwait(false);
                resumed |= appended && fromEarlierRun;
                break;
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested && resumes < MaxResumes)
            {
                // The body broke off: continue from what arrived, asking for the same file (If-Range).
                resumed |= fromEarlierRun && offset > 0;
                resumes++;
                fromEarlierRun = false;
                note = PartialDownload.Read(notePath) ?? note;
            }
            catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new RemoteFileException(url, RemoteFailureKind.Network, File.Exists(part) ? new FileInfo(part).Length : 0,
                    $"the connection broke off {resumes + 1} times ({ex.Message.TrimEnd('.')})", ex);
            }
        }
        var length = new FileInfo(part).Length;
        if (LooksLikeHtml(part))
        {
            File.Delete(part);
            File.Delete(notePath);
            throw new RemoteFileException(url, RemoteFailureKind.Html, 0, "the server sent an HTML page, not a JSON, gzip or zip file");
        }
        var sha = FileHash.Sha256(part);
        File.Move(part, target, overwrite: true);
        File.Delete(notePath);
        return new RemoteDownload(target, length, sha, resumed);
    }

    /// <summary>One request (with its redirects) and its body appended to <paramref name="part"/>.</summary>
    private async Task<(PartialDownload Note, bool Appended)> TransferAsync(string listed, Uri uri, string part, long offset, PartialDownload? note, bool fromEarlierRun,
        Action<long, long?>? progress, CancellationToken ct)
    {
        using var response = await SendAsync(listed, uri, offset > 0 ? (offset, note?.Validator) : null, ct).ConfigureAwait(false);
        var validator = response.Headers.ETag?.ToString() ?? response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        long? total;
        var append = false;
        if (response.StatusCode == HttpStatusCode.PartialContent && offset > 0)
        {
            var range = response.Content.Headers.ContentRange;
            if (range?.From != offset || (note?.Length is { } known && range.Length is { } now && known != now))
                throw new RemoteFileException(listed, RemoteFailureKind.Changed, offset, "the file changed while it was being read (the server's range does not continue the bytes received)");
            total = range.Length;
            append = true;
        }
        else if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && offset > 0 && note?.Length == offset)
        {
            return (note, true); // everything had arrived before the interruption
        }
        else
        {
            if (offset > 0)
            {
                // A full answer to a range request: the validator no longer matches, or the server ignores ranges.
                var same = note?.Validator is not null && note.Validator == validator;
                if (!fromEarlierRun && !same)
                    throw new RemoteFileException(listed, RemoteFailureKind.Changed, offset, "the file changed while it was being read (the server sent another version when asked for the rest)");
                // Bytes from an earlier run of a file republished since, or a server without ranges: start over.
            }
            // An HTML answer is recognised by its first bytes once downloaded (some hosts label data text/html).
            total = response.Content.Headers.ContentLength;
        }
        var kept = new PartialDownload(SignedUrl.Key(listed), validator, total);
        kept.Write(part + ".json");
        var stream = new FileStream(part, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var buffer = new byte[1 << 16];
                var received = append ? offset : 0;
                progress?.Invoke(received, total);
                try
                {
                    while (true)
                    {
                        var n = await body.ReadAsync(buffer, ct).ConfigureAwait(false);
                        if (n == 0) break;
                        await stream.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                        received += n;
                        progress?.Invoke(received, total);
                    }
                }
                catch (HttpRequestException ex)
                {
                    throw new IOException(ex.Message, ex); // a body that broke off is resumed like any I/O break
                }
                if (total is { } expected && received < expected)
                    throw new IOException($"the body ended after {received:N0} of {expected:N0} bytes");
            }
        }
        return (kept, append);
    }

    /// <summary>Sends the GET, following redirects itself (each hop through the URL map), and turns error statuses into failures.</summary>
    private async Task<HttpResponseMessage> SendAsync(string listed, Uri uri, (long Offset, string? Validator)? range, CancellationToken ct)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
        var current = uri;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (range is { } r)
            {
                request.Headers.Range = new RangeHeaderValue(r.Offset, null);
                if (r.Validator is { } v)
                {
                    if (v.StartsWith('"') || v.StartsWith("W/", StringComparison.Ordinal)) request.Headers.IfRange = new RangeConditionHeaderValue(EntityTagHeaderValue.Parse(v));
                    else if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) request.Headers.IfRange = new RangeConditionHeaderValue(date);
                }
            }
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested) || ex is Polly.Timeout.TimeoutRejectedException)
            {
                throw new RemoteFileException(listed, RemoteFailureKind.Network, range?.Offset ?? 0, $"the host could not be reached ({ex.Message.TrimEnd('.')})", ex);
            }
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                response.Dispose();
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!visited.Add(next.AbsoluteUri))
                    throw new RemoteFileException(listed, RemoteFailureKind.RedirectLoop, range?.Offset ?? 0, $"the redirects loop (back to {next} after {hop + 1} hop(s))");
                if (hop + 1 >= MaxRedirects)
                    throw new RemoteFileException(listed, RemoteFailureKind.TooManyRedirects, range?.Offset ?? 0, $"more than {MaxRedirects} redirects");
                current = next;
                continue;
            }
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable) return response;
            using (response)
                throw await FailureAsync(listed, uri, response, range?.Offset ?? 0, ct).ConfigureAwait(false);
        }
    }

    private async Task<RemoteFileException> FailureAsync(string listed, Uri uri, HttpResponseMessage response, long offset, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            return new RemoteFileException(listed, RemoteFailureKind.NotFound, offset, $"the server answered {status} {response.ReasonPhrase}: the file is not there");
        if (status is 400 or 401 or 403)
        {
            var now = _time.GetUtcNow();
            if (SignedUrl.ExpiresAt(uri) is { } expires && expires < now)
                return new RemoteFileException(listed, RemoteFailureKind.ExpiredLink, offset,
                    $"the signed link expired on {expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (the server answered {status}); get a fresh table of contents");
            var head = await HeadOfBodyAsync(response, ct).ConfigureAwait(false);
            if (ExpiredSignatureBody(head))
                return new RemoteFileException(listed, RemoteFailureKind.ExpiredLink, offset,
                    $"the signed link has expired (the server answered {status}: {Shorten(head)}); get a fresh table of contents");
        }
        return new RemoteFileException(listed, RemoteFailureKind.HttpStatus, offset, $"the server answered {status} {response.ReasonPhrase}");
    }

    /// <summary>The answers AWS (S3, CloudFront) and Azure Blob Storage give for a signature past its time.</summary>
    internal static bool ExpiredSignatureBody(string body) =>
        body.Contains("Request has expired", StringComparison.OrdinalIgnoreCase)
        || body.Contains("<Code>ExpiredToken</Code>", StringComparison.OrdinalIgnoreCase)
        || body.Contains("Signature not valid in the specified time frame", StringComparison.OrdinalIgnoreCase)
        || body.Contains("Signed expiry time", StringComparison.OrdinalIgnoreCase)
        || (body.Contains("<Code>AccessDenied</Code>", StringComparison.OrdinalIgnoreCase) && body.Contains("expired", StringComparison.OrdinalIgnoreCase));

    private static async Task<string> HeadOfBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[4096];
                var count = 0;
                while (count < buffer.Length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(count), ct).ConfigureAwait(false);
                    if (n == 0) break;
                    count += n;
                }
                return Encoding.UTF8.GetString(buffer, 0, count);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return "";
        }
    }

    private static string Shorten(string body)
    {
        var flat = string.Join(' ', body.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }

    /// <summary>True when the file's first non-blank byte opens a tag (an HTML page served as if it were the data).</summary>
    internal static bool LooksLikeHtml(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[512];
        var n = file.Read(head);
        var i = 0;
        if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) i = 3;
        while (i < n && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i < n && head[i] == (byte)'<';
    }

    /// <inheritdoc />
    public void Dispose() => _hosts.Dispose();
}
