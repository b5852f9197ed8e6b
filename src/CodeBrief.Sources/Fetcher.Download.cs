using System.IO.Compression;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

public sealed partial class Fetcher
{
    /// <summary>
    /// Downloads the files of <paramref name="datasets"/> from their publishers. Each URL is downloaded once even when
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

        foreach (var dataset in datasets.Where(d => d.Downloads.Count == 0))
        {
            failures.Add(new FetchFailure(dataset.Id, null, ErrorMessages.NoDirectDownload(dataset)));
            failedDatasets.Add(dataset.Id);
        }

        var byUrl = datasets.SelectMany(d => d.Downloads.Select(u => (Url: u, Dataset: d))).GroupBy(p => p.Url);
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
        return new FetchReport(files, failures, []);
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
