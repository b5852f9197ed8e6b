namespace CodeBrief.Cli.Crawl;

/// <summary>One in-network file a crawl reads: listed once however many plans and tables of contents share it.</summary>
/// <param name="Key">The link without its signature (<see cref="Sources.Http.SignedUrl.Key"/>): the file's identity in the crawl.</param>
/// <param name="Url">The first link listed for it (signed links of the same file differ only in the signature).</param>
/// <param name="Description">The publisher's description.</param>
/// <param name="Plans">How many reporting plans list it.</param>
public sealed record CrawlFile(string Key, string Url, string? Description, int Plans);
