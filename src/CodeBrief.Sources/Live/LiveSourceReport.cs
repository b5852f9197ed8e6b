namespace CodeBrief.Sources.Live;

/// <summary>What one live source's fetch did.</summary>
/// <param name="Source"><c>coverage</c> or <c>utilization</c>.</param>
/// <param name="Files">The files placed in the raw store (written or unchanged); empty when the source failed.</param>
/// <param name="Requests">HTTP requests answered from the network this run (retries not counted).</param>
/// <param name="Cached">Requests answered from the run cache instead.</param>
/// <param name="Notes">What was left out and why (a version gone between list and fetch, the licence not accepted).</param>
/// <param name="Failure">Why nothing of the source was stored, or null when it succeeded.</param>
/// <param name="Unreachable">True when the failure is that the server could not be reached (offline, DNS).</param>
public sealed record LiveSourceReport(string Source, IReadOnlyList<FetchedFile> Files, int Requests, int Cached,
    IReadOnlyList<string> Notes, string? Failure, bool Unreachable = false)
{
    /// <summary>True when the source was fetched and stored.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>Progress of one live source: <paramref name="Done"/> of <paramref name="Total"/> units (articles, pages) of <paramref name="Source"/>.</summary>
public delegate void LiveProgress(string Source, int Done, int Total);
