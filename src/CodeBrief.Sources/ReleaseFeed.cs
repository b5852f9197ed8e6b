namespace CodeBrief.Sources;

/// <summary>
/// Where a publisher lists the releases of a dataset, and how its release links are told from the page's other links.
/// </summary>
/// <param name="Listing">The listing page (CMS's page of quarterly or yearly files).</param>
/// <param name="LinkPattern">A case-insensitive regular expression that a release link's file name, path or text matches
/// (<c>rvu\d{2}[a-d]</c>). Each match's release is read with <see cref="ReleaseDate.Read"/>; the newest wins.</param>
public sealed record ReleaseFeed(Uri Listing, string LinkPattern);
