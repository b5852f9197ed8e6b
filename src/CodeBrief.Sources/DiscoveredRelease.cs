namespace CodeBrief.Sources;

/// <summary>The newest release a publisher's listing page links to.</summary>
/// <param name="Label">The release as the page names it (link text, else the file name): <c>RVU26A</c>, <c>January 2026 ASP Pricing File</c>.</param>
/// <param name="Effective">The first day of the release's first month (<see cref="ReleaseDate"/>).</param>
/// <param name="Download">The file to download (a zip or the file itself).</param>
/// <param name="Listing">The listing page it was found on.</param>
public sealed record DiscoveredRelease(string Label, DateOnly Effective, Uri Download, Uri Listing);
