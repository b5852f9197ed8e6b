using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

/// <summary>
/// HTTP downloads for every command that fetches by URL: the publishers' files (<see cref="Fetcher"/>) and payer files
/// (<c>codebrief ingest URL</c>). The body is streamed to disk, never held in memory, and written atomically.
/// </summary>
public static class Downloader
{
    /// <summary>How long a request may wait for the server's answer (its headers); reading a large body afterwards is not limited by it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>A client with CodeBrief's user agent and <see cref="Timeout"/>, honouring <see cref="UrlMap"/>
    /// (<c>CODEBRIEF_URL_MAP</c>, or <paramref name="map"/> when given); the caller disposes it.</summary>
    /// <exception cref="UsageException"><c>CODEBRIEF_URL_MAP</c> is malformed.</exception>
    public static HttpClient CreateClient(UrlMap? map = null)
    {
        var http = new HttpClient(new UrlMapHandler(map ?? UrlMap.FromEnvironment(), new HttpClientHandler())) { Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("CodeBrief/1.0");
        return http;
    }

    /// <summary>The last segment of <paramref name="url"/>'s path, unescaped, or <paramref name="fallback"/> when the path ends in a slash.</summary>
    public static string FileNameOf(Uri url, string fallback)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = Path.GetFileName(Uri.UnescapeDataString(url.Segments[^1]));
        return string.IsNullOrWhiteSpace(name) ? fallback : name;
    }

    /// <summary>
    /// Streams the body of <paramref name="url"/> into <paramref name="path"/>, replacing any file there. The bytes go to a
    /// hidden temp file in the same folder first and are renamed only when complete, so a failed download leaves nothing.
    /// </summary>
    /// <param name="http">The client to use.</param>
    /// <param name="url">What to download.</param>
    /// <param name="path">Where the file goes; its folder must exist.</param>
    /// <param name="remedy">The sentence that ends the failure message: what the user can do instead.</param>
    /// <param name="cancellationToken">Stops the download; cancelling throws <see cref="OperationCanceledException"/>, not a failure.</param>
    /// <exception cref="SourceUnavailableException">The server could not be reached, answered with an error status, timed out or broke off; <see cref="SourceUnavailableException.What"/> is the URL.</exception>
    public static async Task DownloadAsync(HttpClient http, Uri url, string path, string remedy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(url);
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.part"); // a full path has a folder
        try
        {
            using (var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
            {
                response.EnsureSuccessStatusCode();
                var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    await using (body.ConfigureAwait(false))
                        await body.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SourceUnavailableException(url.ToString(), ErrorMessages.DownloadFailed(url, Reason(ex), remedy), ex);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        HttpRequestException { StatusCode: { } status } => $"the server answered {(int)status} {status}",
        OperationCanceledException => "the request timed out",
        _ => ex.Message.TrimEnd('.'),
    };
}
