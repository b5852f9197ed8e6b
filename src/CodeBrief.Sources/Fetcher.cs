namespace CodeBrief.Sources;

/// <summary>
/// Brings the publishers' files into <c>&lt;home&gt;/raw/&lt;dataset&gt;/</c>: copied from a local mirror when one is
/// given, otherwise downloaded from the URLs in <see cref="DatasetCatalog"/> (zips unpacked, only recognised members kept).
/// </summary>
/// <remarks>
/// After a dataset is fetched, its raw folder holds exactly the files just fetched; older quarters are removed there
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
        var missing = new List<string>();
        foreach (var dataset in datasets)
        {
            var placed = new List<FetchedFile>();
            foreach (var file in found.Where(f => f.Dataset == dataset.Id))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = Store.Place(dataset.Id, file.Path, file.FileName, file.Path, FetchOutcome.Copied, file.ContentChecked);
                placed.Add(result);
                onFile?.Invoke(result);
            }
            if (placed.Count == 0) missing.Add(dataset.Id);
            else Store.Prune(dataset.Id, placed.Select(p => p.Path));
            files.AddRange(placed);
        }
        return new FetchReport(files, [], missing);
    }
}
