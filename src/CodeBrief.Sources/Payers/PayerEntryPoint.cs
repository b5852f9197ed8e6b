using System.Globalization;
using System.Text.Json.Serialization;

namespace CodeBrief.Sources.Payers;

/// <summary>Where a payer's table-of-contents files are found.</summary>
/// <param name="Kind"><c>toc</c> (a table-of-contents file), <c>toc-monthly</c> (one, named by month: <c>{yyyy-MM}</c> in
/// the URL stands for the month), or <c>page</c> (the payer's page that lists them; a person picks one and passes <c>--toc</c>).</param>
/// <param name="Url">The URL or URL pattern.</param>
/// <param name="Description">What it covers, in our words.</param>
/// <param name="Source">The page or file where the entry point was found.</param>
public sealed record PayerEntryPoint(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("source")] string Source)
{
    /// <summary>The kind of a table-of-contents file's URL.</summary>
    public const string Toc = "toc";
    /// <summary>The kind of a monthly table-of-contents URL pattern.</summary>
    public const string TocMonthly = "toc-monthly";
    /// <summary>The kind of a landing page.</summary>
    public const string Page = "page";

    /// <summary>True when a crawl can start from it without a person choosing (a file, or a monthly pattern).</summary>
    [JsonIgnore]
    public bool IsCrawlable => Kind is Toc or TocMonthly;

    /// <summary>The URL to fetch in <paramref name="month"/>: the pattern's <c>{yyyy-MM}</c> filled in, or the URL as it is.</summary>
    public string UrlFor(DateTimeOffset month) =>
        Url.Replace("{yyyy-MM}", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
