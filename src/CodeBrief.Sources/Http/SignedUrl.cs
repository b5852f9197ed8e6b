using System.Globalization;

namespace CodeBrief.Sources.Http;

/// <summary>
/// Signed download links as payers publish them (CloudFront <c>Expires/Signature/Key-Pair-Id</c>, S3 presigned
/// <c>X-Amz-*</c>, Azure SAS <c>sv/se/sig</c>): the link without its signature, which names the same file across
/// plans and months of re-signing, and the moment the signature expires.
/// </summary>
public static class SignedUrl
{
    private static readonly HashSet<string> CloudFront = new(["Expires", "Signature", "Key-Pair-Id", "Policy"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Azure = new(["sv", "ss", "srt", "sp", "se", "st", "spr", "sig", "sr", "si", "skoid", "sktid", "skt", "ske", "sks", "skv", "sdd"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="url"/> without its signature parameters, scheme and host in lower case: two entries of a table of
    /// contents with the same key are the same file. A query that holds no signature is kept as it is.
    /// </summary>
    public static string Key(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url;
        var kept = Parameters(uri).Where(p => !IsSignature(p.Name, uri)).Select(p => p.Raw).ToList();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{uri.Scheme.ToLowerInvariant()}://{uri.Host.ToLowerInvariant()}{port}{uri.AbsolutePath}{(kept.Count > 0 ? "?" + string.Join('&', kept) : "")}";
    }

    /// <summary>When the link's signature stops being valid, read from its query; null for a link that carries no expiry.</summary>
    public static DateTimeOffset? ExpiresAt(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var values = Parameters(url).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        // CloudFront canned policy: Expires is seconds since 1970.
        if (values.TryGetValue("Expires", out var expires) && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        // S3 presigned: signed at X-Amz-Date (yyyyMMddTHHmmssZ), valid for X-Amz-Expires seconds.
        if (values.TryGetValue("X-Amz-Date", out var date) && values.TryGetValue("X-Amz-Expires", out var seconds)
            && DateTimeOffset.TryParseExact(date, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signed)
            && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var valid))
            return signed.AddSeconds(valid);
        // Azure SAS: se is the ISO 8601 expiry.
        if (values.TryGetValue("se", out var se) && values.ContainsKey("sig")
            && DateTimeOffset.TryParse(se, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
            return end;
        return null;
    }

    private static bool IsSignature(string name, Uri uri) =>
        CloudFront.Contains(name) || name.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase) || name.Equals("AWSAccessKeyId", StringComparison.OrdinalIgnoreCase)
        || (Azure.Contains(name) && uri.Query.Contains("sig=", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(string Name, string Value, string Raw)> Parameters(Uri uri)
    {
        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(at < 0 ? part : part[..at]);
            var value = at < 0 ? "" : Uri.UnescapeDataString(part[(at + 1)..]);
            yield return (name, value, part);
        }
    }
}
