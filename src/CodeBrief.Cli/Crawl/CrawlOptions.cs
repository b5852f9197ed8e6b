using CodeBrief.Ingest.Tic;

namespace CodeBrief.Cli.Crawl;

/// <summary>What a crawl fetches and how.</summary>
/// <param name="TocUrls">The tables of contents to walk.</param>
/// <param name="Plan">Keep structures with a plan whose name or id contains this text; null keeps all.</param>
/// <param name="Filter">The codes to keep.</param>
/// <param name="Payer">Payer label stored with the rates; null uses each file's <c>reporting_entity_name</c>.</param>
/// <param name="Parallelism">Files downloaded at once (default: one per core).</param>
/// <param name="PerHost">Transfers at once to one host.</param>
public sealed record CrawlOptions(IReadOnlyList<string> TocUrls, string? Plan, CodeFilter Filter, string? Payer, int Parallelism, int PerHost = 4);
