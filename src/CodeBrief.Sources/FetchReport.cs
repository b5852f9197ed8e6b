namespace CodeBrief.Sources;

/// <summary>What one fetch did.</summary>
/// <param name="Files">Files placed or found unchanged, in fetch order.</param>
/// <param name="Failures">Datasets that could not be fetched.</param>
/// <param name="Missing">Datasets asked for that the mirror does not hold (mirror fetches only).</param>
public sealed record FetchReport(IReadOnlyList<FetchedFile> Files, IReadOnlyList<FetchFailure> Failures, IReadOnlyList<string> Missing)
{
    /// <summary>The newest release found on each dataset's listing page (downloads only), by dataset id.</summary>
    public IReadOnlyDictionary<string, DiscoveredRelease> Discovered { get; init; } = new Dictionary<string, DiscoveredRelease>();

    /// <summary>Sentences about what was not as expected but did not fail (a listing page that could not be read, so the
    /// catalogue's fixed URL was used).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
