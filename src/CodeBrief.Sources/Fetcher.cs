namespace CodeBrief.Sources;

/// <summary>
/// Brings the publishers' files into <c>&lt;home&gt;/raw/&lt;dataset&gt;/</c>: copied from a local mirror when one is
/// given, otherwise downloaded from the URLs in <see cref="DatasetCatalog"/> (zips unpacked, only recognised members kept).
/// </summary>
/// <remarks>
/// A mirror may also hold publishers' zips as downloaded: a dataset with no plain file in the mirror is looked for inside
/// them. After a dataset is fetched, its raw folder holds exactly the files just fetched; older quarters are removed there
/// (the warehouse keeps their history). Not thread-safe.
/// </remarks>
public sealed partial class Fetcher
{
    private readonly ContentRecogniser _recognise;
    private readonly HttpClient? _http;

    /// <summary>Creates a fetcher writing under <paramref name="home"/>.</summary>
    /// <param name="home">The CodeBrief home folder.</param>
    /// <param name="recognise">Confirms files by content (built on the registered readers).</param>
    /// <param name="http">The client for downloads; null when only mirror fetches are allowed.</param>
    public Fetcher(string home, ContentRecogniser recognise, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(recognise);
        Store = new RawStore(home);
        _recognise = recognise;
        _http = http;
    }

    /// <summary>Where the files go.</summary>
    public RawStore Store { get; }

    /// <summary>Copies the files of <paramref name="datasets"/> from <paramref name="mirror"/>.</summary>
    /// <param name="mirror">The mirror to copy from.</param>
    /// <param name="datasets">The datasets to fetch.</param>
    /// <param name="onFile">Called after each file, for progress lines.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <exception cref="CodeBrief.Core.Errors.SourceUnavailableException">The mirror folder does not exist.</exception>
    public FetchReport FetchFromMirror(Mirror mirror, IReadOnlyList<DatasetInfo> datasets, Action<FetchedFile>? onFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mirror);
        var found = mirror.Find(datasets);
        var files = new List<FetchedFile>();
        var placedByDataset = datasets.ToDictionary(d => d.Id, _ => new List<FetchedFile>());
        foreach (var dataset in datasets)
        {
            foreach (var file in found.Where(f => f.Dataset == dataset.Id))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = Store.Place(dataset.Id, file.Path, file.FileName, file.Path, FetchOutcome.Copied, file.ContentChecked);
                placedByDataset[dataset.Id].Add(result);
                files.Add(result);
                onFile?.Invoke(result);
            }
        }

        // A dataset with no plain file may still sit in a publisher's zip kept in the mirror (rvu25d.zip).
        var unfound = datasets.Where(d => placedByDataset[d.Id].Count == 0).ToList();
        if (unfound.Count > 0)
            foreach (var archive in mirror.Archives())
                files.AddRange(PlaceMembers(archive, archive, unfound, placedByDataset, FetchOutcome.Copied, onFile, cancellationToken));

        var missing = new List<string>();
        foreach (var (id, placed) in placedByDataset)
        {
            if (placed.Count == 0) missing.Add(id);
            else Store.Prune(id, placed.Select(p => p.Path));
        }
        return new FetchReport(files, [], missing);
    }

    /// <summary>Unpacks <paramref name="download"/> (a zip, or a plain file) and places the members each dataset recognises.</summary>
    private List<FetchedFile> PlaceMembers(string download, string origin, IReadOnlyList<DatasetInfo> datasets,
        Dictionary<string, List<FetchedFile>> placedByDataset, FetchOutcome outcome, Action<FetchedFile>? onFile, CancellationToken cancellationToken)
    {
        var files = new List<FetchedFile>();
        var work = Path.Combine(Store.Folder, ".download", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var candidates = Unpack(download, work, name => datasets.Any(d => d.MatchesName(name)));
            foreach (var dataset in datasets)
            {
                foreach (var candidate in candidates)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!dataset.MatchesName(Path.GetFileName(candidate))) continue;
                    var verdict = _recognise(dataset.Id, candidate);
                    if (verdict == false) continue;
                    var placed = Store.Place(dataset.Id, candidate, Path.GetFileName(candidate), origin, outcome, verdict == true);
                    placedByDataset[dataset.Id].Add(placed);
                    files.Add(placed);
                    onFile?.Invoke(placed);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return files;
    }
}
