namespace CodeBrief.Cli.Crawl;

/// <summary>Hears a crawl as it goes; called from several threads at once.</summary>
public interface ICrawlProgress
{
    /// <summary>The files to crawl, and how many an earlier run finished.</summary>
    void Planned(IReadOnlyList<CrawlFile> files, int doneEarlier);

    /// <summary>Bytes of <paramref name="file"/> received so far, of <paramref name="total"/> when known.</summary>
    void Downloading(CrawlFile file, long received, long? total);

    /// <summary><paramref name="file"/> is downloaded and being read into the store.</summary>
    void Loading(CrawlFile file);

    /// <summary>A file is finished: <paramref name="outcome"/> says how.</summary>
    void Finished(CrawlOutcome outcome);
}
