using System.IO.Compression;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

public sealed partial class Fetcher
{
    /// <summary>
    /// Downloads the files of <paramref name="datasets"/> from their publishers. A dataset with a listing page
    /// (<see cref="DatasetInfo.Feed"/>) downloads the newest release found there, recorded in <see cref="ReleaseLedger"/>;
    /// when the page cannot be read, its catalogue URLs are used and a note says so. Each URL is downloaded once even when
    /// several datasets share it (the RVU zip holds five). A URL that fails is reported, not thrown, so the other
    /// datasets still arrive.
    /// </summary>
    /// <exception cref="InvalidOperationException">The fetcher was created without an <see cref="HttpClient"/>.</exception>
    public async Task<FetchReport> DownloadAsync(IReadOnlyList<DatasetInfo> datasets, Action<FetchedFile>? onFile, CancellationToken cancellationToken)
    {
        var http = _http ?? throw new InvalidOperationException("This fetcher was created without an HttpClient; pass one to download.");
        var files = new List<FetchedFile>();
        var failures = new List<FetchFailure>();
        var placedByDataset = datasets.ToDictionary(d => d.Id, _ => new List<FetchedFile>());
        var failedDatasets = new HashSet<string>(StringComparer.Ordinal);
        var (discovered, notes) = await DiscoverAsync(http, datasets, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Uri> UrlsOf(DatasetInfo d) => discovered.TryGetValue(d.Id, out var r) ? [r.Download] : d.Downloads;

        foreach (var dataset in datasets.Where(d => UrlsOf(d).Count == 0))
        {
            failures.Add(new FetchFailure(dataset.Id, null, ErrorMessages.NoDirectDownload(dataset)));
            failedDatasets.Add(dataset.Id);
        }

        var byUrl = datasets.SelectMany(d => UrlsOf(d).Select(u => (Url: u, Dataset: d))).GroupBy(p => p.Url);
        var work = Path.Combine(Store.Folder, ".download");
        foreach (var group in byUrl)
        {
            var url = group.Key;
            var members = Path.Combine(work, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(members);
            try
            {
                // The downloaded file keeps the URL's last segment as its name when it is not a zip (the NUCC CSV).
                var download = Path.Combine(members, Downloader.FileNameOf(url, "file"));
                try
                {
                    await Downloader.DownloadAsync(http, url, download, ErrorMessages.OfflineRemedy, cancellationToken).ConfigureAwait(false);
                }
                catch (SourceUnavailableException ex)
                {
                    foreach (var (_, dataset) in group)
                    {
                        failures.Add(new FetchFailure(dataset.Id, url, ex.Message));
                        failedDatasets.Add(dataset.Id);
                    }
                    continue;
                }

                var datasetsOfUrl = group.Select(p => p.Dataset).ToList();
                var before = datasetsOfUrl.ToDictionary(d => d.Id, d => placedByDataset[d.Id].Count);
                files.AddRange(PlaceMembers(download, url.ToString(), datasetsOfUrl, placedByDataset, FetchOutcome.Downloaded, onFile, cancellationToken));
                foreach (var dataset in datasetsOfUrl.Where(d => placedByDataset[d.Id].Count == before[d.Id]))
                {
                    failures.Add(new FetchFailure(dataset.Id, url, ErrorMessages.NothingRecognised(url, dataset.Id)));
                    failedDatasets.Add(dataset.Id);
                }
            }
            finally
            {
                Directory.Delete(members, recursive: true);
            }
        }

        // Prune only datasets whose every URL arrived: half a release (f1 of four PTP parts) must not replace a whole one.
        foreach (var (id, placed) in placedByDataset)
            if (placed.Count > 0 && !failedDatasets.Contains(id)) Store.Prune(id, placed.Select(p => p.Path));
        ReleaseLedger.Record(Store, discovered, DateTimeOffset.UtcNow);
        return new FetchReport(files, failures, []) { Discovered = discovered, Notes = notes };
    }

    /// <summary>The newest release of each dataset with a listing page; each page is read once (the RVU page serves five).</summary>
    private static async Task<(Dictionary<string, DiscoveredRelease>, List<string>)> DiscoverAsync(HttpClient http,
        IReadOnlyList<DatasetInfo> datasets, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, DiscoveredRelease>(StringComparer.Ordinal);
        var notes = new List<string>();
        var byFeed = new Dictionary<ReleaseFeed, DiscoveredRelease?>();
        foreach (var dataset in datasets)
        {
            if (dataset.Feed is not { } feed) continue;
            if (!byFeed.TryGetValue(feed, out var release))
            {
                try
                {
                    release = await ReleaseDiscovery.FindNewestAsync(http, feed, cancellationToken).ConfigureAwait(false);
                }
                catch (SourceUnavailableException ex)
                {
                    release = null;
                    notes.Add(ex.Message);
                }
                byFeed[feed] = release;
            }
            if (release is not null) found[dataset.Id] = release;
            else if (dataset.Downloads.Count > 0)
                notes.Add($"{dataset.Id}: the newest release could not be found, so the catalogue's {dataset.Release} URL is used.");
        }
        return (found, notes);
    }

    /// <summary>
    /// The candidate data files in a download: the members of a zip whose names <paramref name="wanted"/> accepts
    /// (flattened, directories dropped; other members are never extracted), or the file itself.
    /// </summary>
    private static List<string> Unpack(string download, string folder, Func<string, bool> wanted)
    {
        if (!IsZip(download)) return [download];
        var extracted = new List<string>();
        var into = Path.Combine(folder, "members");
        Directory.CreateDirectory(into);
        using (var archive = ZipFile.OpenRead(download))
        {
            foreach (var entry in archive.Entries)
            {
                // Entry.Name drops the entry's folders, which also keeps "../" names from escaping the folder.
                if (string.IsNullOrEmpty(entry.Name) || !wanted(entry.Name)) continue;
                var target = Path.Combine(into, entry.Name);
                entry.ExtractToFile(target, overwrite: true);
                extracted.Add(target);
            }
        }
        return extracted;
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }
}
