using CodeBrief.Ingest.Tic;
using CodeBrief.Sources.Http;

namespace CodeBrief.Cli.Crawl;

/// <summary>
/// The in-network files of the chosen plans in one or more tables of contents, each once: the same link (or the same
/// link signed again) listed by many plans or structures is one file.
/// </summary>
public static class CrawlList
{
    /// <summary>The files, in the order the tables of contents first list them.</summary>
    /// <param name="tocs">The tables of contents.</param>
    /// <param name="plan">Keep structures with a plan whose name or id contains this text; null keeps all.</param>
    /// <param name="listed">How many in-network entries the chosen structures list before duplicates are merged.</param>
    public static IReadOnlyList<CrawlFile> Build(IEnumerable<TableOfContents> tocs, string? plan, out int listed)
    {
        ArgumentNullException.ThrowIfNull(tocs);
        var files = new List<CrawlFile>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        listed = 0;
        foreach (var toc in tocs)
        {
            foreach (var structure in toc.Select(plan, null))
            {
                foreach (var file in structure.Files)
                {
                    if (file.Kind != "in-network") continue;
                    listed++;
                    var key = SignedUrl.Key(file.Location);
                    if (at.TryGetValue(key, out var index))
                    {
                        files[index] = files[index] with { Plans = files[index].Plans + structure.Plans.Count };
                        continue;
                    }
                    at[key] = files.Count;
                    files.Add(new CrawlFile(key, file.Location, file.Description, structure.Plans.Count));
                }
            }
        }
        return files;
    }
}
