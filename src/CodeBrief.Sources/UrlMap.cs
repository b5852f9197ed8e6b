using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

/// <summary>
/// Points a publisher's host at another base URL for every download: <c>CODEBRIEF_URL_MAP</c> holds comma-separated
/// <c>https://host=http://127.0.0.1:port</c> pairs. Tests use it to serve the publishers' pages and files from a local
/// server; users, to go through an internal mirror of a publisher's site. Applied in one place, <see cref="UrlMapHandler"/>,
/// under every client <see cref="Downloader.CreateClient"/> makes.
/// </summary>
/// <remarks>A request whose scheme, host and port match a pair's left side gets the right side's scheme, host and port
/// and keeps its path and query; when the right side has a path, it is put before the request's path.</remarks>
public sealed class UrlMap
{
    /// <summary>The environment variable read by <see cref="FromEnvironment"/>.</summary>
    public const string Variable = "CODEBRIEF_URL_MAP";

    private readonly List<(Uri From, Uri To)> _pairs;

    private UrlMap(List<(Uri, Uri)> pairs) => _pairs = pairs;

    /// <summary>No mapping: every URL is used as it is.</summary>
    public static UrlMap None { get; } = new([]);

    /// <summary>True when no pair is set.</summary>
    public bool IsEmpty => _pairs.Count == 0;

    /// <summary>The map in <see cref="Variable"/>, or <see cref="None"/> when it is unset or blank.</summary>
    /// <exception cref="UsageException">The variable is set but malformed.</exception>
    public static UrlMap FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Parses <c>https://host=http://127.0.0.1:port,…</c>; null or blank is <see cref="None"/>.</summary>
    /// <exception cref="UsageException">A pair is not two absolute http(s) URLs joined by <c>=</c>.</exception>
    public static UrlMap Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return None;
        var pairs = new List<(Uri, Uri)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || !TryBase(part[..at], out var from) || !TryBase(part[(at + 1)..], out var to))
                throw new UsageException($"{Variable}: \"{part}\" is not a pair like https://www.cms.gov=http://127.0.0.1:8080 (comma-separated pairs).");
            pairs.Add((from, to));
        }
        return new UrlMap(pairs);
    }

    /// <summary>The URL a request for <paramref name="url"/> goes to.</summary>
    public Uri Apply(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) return url;
        foreach (var (from, to) in _pairs)
        {
            if (!string.Equals(from.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(from.Host, url.Host, StringComparison.OrdinalIgnoreCase) || from.Port != url.Port) continue;
            var prefix = to.AbsolutePath.TrimEnd('/');
            return new UriBuilder(to.Scheme, to.Host, to.Port, prefix + url.AbsolutePath) { Query = url.Query.TrimStart('?') }.Uri;
        }
        return url;
    }

    private static bool TryBase(string text, out Uri uri) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
