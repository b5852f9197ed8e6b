using System.IO.Enumeration;

namespace CodeBrief.Sources;

/// <summary>
/// One public reference dataset CodeBrief can load: who publishes it, where the publisher serves the current files,
/// and what its files are called.
/// </summary>
/// <param name="Id">Catalogue id, also <c>sources.dataset</c> in the warehouse and the folder name under <c>&lt;home&gt;/raw/</c>.</param>
/// <param name="Publisher">Who publishes the files (<c>CMS</c>, <c>CDC/NCHS</c>, <c>NUCC</c>).</param>
/// <param name="Title">What the dataset is, in a few words.</param>
/// <param name="Release">The publisher's release the <paramref name="Downloads"/> point at (<c>RVU25D</c>, <c>FY2026</c>).</param>
/// <param name="Licence">The terms, in one line; CPT content is called out because it is AMA copyright.</param>
/// <param name="Downloads">Direct download URLs (a zip or the file itself). Empty when the publisher serves the file only
/// behind a web page or licence click-through; then <paramref name="LandingPage"/> says where to get it.</param>
/// <param name="LandingPage">The publisher's page that lists the files, or null when none is recorded.</param>
/// <param name="FilePatterns">Case-insensitive wildcard patterns (<c>*</c>, <c>?</c>) for the data file names, inside a
/// zip or in a mirror folder. A name match is only a candidate: the reader for the dataset confirms it by content.</param>
public sealed record DatasetInfo(
    string Id,
    string Publisher,
    string Title,
    string Release,
    string Licence,
    IReadOnlyList<Uri> Downloads,
    Uri? LandingPage,
    IReadOnlyList<string> FilePatterns)
{
    /// <summary>The publisher's listing page of releases, from which <c>data fetch</c> finds the newest release instead of
    /// using <see cref="Downloads"/> (which stay the fallback when the page cannot be read); null when none is recorded.</summary>
    public ReleaseFeed? Feed { get; init; }

    /// <summary>True when <paramref name="fileName"/> (no directory) matches one of <see cref="FilePatterns"/>.</summary>
    public bool MatchesName(string fileName)
    {
        foreach (var pattern in FilePatterns)
            if (FileSystemName.MatchesSimpleExpression(pattern, fileName, ignoreCase: true)) return true;
        return false;
    }
}
