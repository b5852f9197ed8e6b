using System.Net;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

/// <summary>
/// Finds the newest release of a dataset from its publisher's listing page: reads the page's links, keeps those
/// <see cref="ReleaseFeed.LinkPattern"/> matches, reads each one's release (<see cref="ReleaseDate"/>) and takes the newest.
/// When that link is a page rather than a file (CMS links each quarter to its own page), the page is read and its first
/// file link taken, preferring one the pattern matches.
/// </summary>
/// <remarks>Pages are read as HTML text: only <c>&lt;a href&gt;</c> links and their text matter, so a redesign that keeps
/// links keeps working. Relative links resolve against the page's own (unmapped) URL.</remarks>
public static partial class ReleaseDiscovery
{
    private static readonly string[] FileExtensions = [".zip", ".csv", ".xlsx", ".xls", ".txt"];

    /// <summary>The newest release <paramref name="feed"/> lists.</summary>
    /// <exception cref="SourceUnavailableException">A page could not be read, or it links to no release.</exception>
    public static async Task<DiscoveredRelease> FindNewestAsync(HttpClient http, ReleaseFeed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(feed);
        var pattern = new Regex(feed.LinkPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var links = await LinksAsync(http, feed.Listing, cancellationToken).ConfigureAwait(false);
        (Link Link, DateOnly Effective)? best = null;
        foreach (var link in links)
        {
            if (!pattern.IsMatch(link.Url.AbsolutePath) && !pattern.IsMatch(link.Text)) continue;
            if ((ReleaseDate.Read(link.Text) ?? ReleaseDate.Read(Uri.UnescapeDataString(link.Url.AbsolutePath))) is not { } effective) continue;
            if (best is null || effective > best.Value.Effective) best = (link, effective);
        }
        if (best is not { } found)
            throw new SourceUnavailableException(feed.Listing.ToString(),
                $"The listing page {feed.Listing} links to no release matching \"{feed.LinkPattern}\"; the publisher may have changed the page. {ErrorMessages.OfflineRemedy}");

        var download = found.Link.Url;
        if (!IsFile(download))
        {
            var files = (await LinksAsync(http, download, cancellationToken).ConfigureAwait(false)).Where(l => IsFile(l.Url)).ToList();
            var file = files.FirstOrDefault(l => pattern.IsMatch(l.Url.AbsolutePath) || pattern.IsMatch(l.Text)) ?? files.FirstOrDefault()
                ?? throw new SourceUnavailableException(download.ToString(),
                    $"The release page {download} (found on {feed.Listing}) links to no file to download. {ErrorMessages.OfflineRemedy}");
            download = file.Url;
        }
        var label = found.Link.Text.Length > 0 ? found.Link.Text : Downloader.FileNameOf(found.Link.Url, found.Link.Url.ToString());
        return new DiscoveredRelease(label, found.Effective, download, feed.Listing);
    }

    /// <summary>The links of the page at <paramref name="page"/>, absolute, with their text (tags removed, spaces squeezed).</summary>
    private static async Task<List<Link>> LinksAsync(HttpClient http, Uri page, CancellationToken cancellationToken)
    {
        string html;
        try
        {
            html = await http.GetStringAsync(page, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = ex is HttpRequestException { StatusCode: { } status } ? $"the server answered {(int)status} {status}" : ex.Message.TrimEnd('.');
            throw new SourceUnavailableException(page.ToString(), $"Could not read the listing page {page}: {reason}. {ErrorMessages.OfflineRemedy}", ex);
        }
        var links = new List<Link>();
        foreach (Match m in Anchor().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups["href"].Value).Trim();
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(page, href, out var url)) continue;
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) continue;
            var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(m.Groups["text"].Value, " ")), " ").Trim();
            links.Add(new Link(url, text));
        }
        return links;
    }

    private static bool IsFile(Uri url) => FileExtensions.Any(e => url.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private sealed record Link(Uri Url, string Text);

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*["'](?<href>[^"']*)["'][^>]*>(?<text>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
