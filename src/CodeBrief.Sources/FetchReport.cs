namespace CodeBrief.Sources;

/// <summary>What one fetch did.</summary>
/// <param name="Files">Files placed or found unchanged, in fetch order.</param>
/// <param name="Failures">Datasets that could not be fetched.</param>
/// <param name="Missing">Datasets asked for that the mirror does not hold (mirror fetches only).</param>
public sealed record FetchReport(IReadOnlyList<FetchedFile> Files, IReadOnlyList<FetchFailure> Failures, IReadOnlyList<string> Missing);
