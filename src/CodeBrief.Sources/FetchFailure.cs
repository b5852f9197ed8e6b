namespace CodeBrief.Sources;

/// <summary>A dataset that could not be fetched, and why.</summary>
/// <param name="Dataset">The catalogue id.</param>
/// <param name="Url">The URL that failed; null when the dataset has no direct download.</param>
/// <param name="Message">A complete sentence naming the URL and the way out (usually <c>--mirror</c>).</param>
public sealed record FetchFailure(string Dataset, Uri? Url, string Message);
