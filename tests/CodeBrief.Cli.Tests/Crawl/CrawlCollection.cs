namespace CodeBrief.Cli.Tests.Crawl;

/// <summary>The crawl tests set <c>CODEBRIEF_URL_MAP</c> for the whole process, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrawlCollection
{
    public const string Name = "crawl (sets CODEBRIEF_URL_MAP)";
}
