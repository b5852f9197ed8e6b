namespace CodeBrief.Cli.Crawl;

/// <summary>What happened to one file of a crawl.</summary>
/// <param name="File">The file.</param>
/// <param name="Status"><c>loaded</c>, <c>unchanged</c> (the store held its content already), <c>done earlier</c> (an
/// earlier run of the crawl finished it), or <c>failed</c>.</param>
/// <param name="Rows">Rate rows stored.</param>
/// <param name="ReferencesNeeded">Remote provider references its kept rates needed.</param>
/// <param name="ReferenceFailures">Those that could not be had or read, each with its URL.</param>
/// <param name="FailureKind">Why the file failed (a <see cref="Sources.Http.RemoteFailureKind"/> name, or the input error kind).</param>
/// <param name="FailureOffset">Where it failed: bytes downloaded, or the decompressed offset of the error.</param>
/// <param name="Message">The failure in words.</param>
public sealed record CrawlOutcome(CrawlFile File, string Status, long Rows = 0, int ReferencesNeeded = 0,
    IReadOnlyList<ReferenceFailure>? ReferenceFailures = null, string? FailureKind = null, long? FailureOffset = null, string? Message = null)
{
    /// <summary>True for a failed file.</summary>
    public bool IsFailed => Status == "failed";
}
