using System.IO.Compression;

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
                string download;
                try
                {
                    download = await DownloadToAsync(http, url, members, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    foreach (var (_, dataset) in group)
                    {
                        failures.Add(new FetchFailure(dataset.Id, url, ErrorMessages.DownloadFailed(url, Reason(ex))));
                        failedDatasets.Add(dataset.Id);
                    }
                    continue;
                }

                var candidates = Unpack(download, members);
                foreach (var (_, dataset) in group)
                {
                    var before = placedByDataset[dataset.Id].Count;
                    foreach (var candidate in candidates)
                    {
                        if (!dataset.MatchesName(Path.GetFileName(candidate))) continue;
                        var verdict = _recognise(dataset.Id, candidate);
                        if (verdict == false) continue;
                        var placed = Store.Place(dataset.Id, candidate, Path.GetFileName(candidate), url.ToString(), FetchOutcome.Downloaded, verdict == true);
                        placedByDataset[dataset.Id].Add(placed);
                        files.Add(placed);
                        onFile?.Invoke(placed);
                    }
                    if (placedByDataset[dataset.Id].Count == before)
                    {
                        failures.Add(new FetchFailure(dataset.Id, url, ErrorMessages.NothingRecognised(url, dataset.Id)));
                        failedDatasets.Add(dataset.Id);
                    }
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

    private static async Task<string> DownloadToAsync(HttpClient http, Uri url, string folder, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var name = Uri.UnescapeDataString(url.Segments[^1]);
        var path = Path.Combine(folder, ".download-" + (string.IsNullOrWhiteSpace(name) ? "file" : Path.GetFileName(name)));
        var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (target.ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
                await body.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        // The downloaded file keeps the URL's last segment as its name when it is not a zip (the NUCC CSV).
        var final = Path.Combine(folder, Path.GetFileName(path)[".download-".Length..]);
        File.Move(path, final);
        return final;
    }

    /// <summary>The data files in a download: the members of a zip (flattened, directories dropped), or the file itself.</summary>
    private static List<string> Unpack(string download, string folder)
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
                if (string.IsNullOrEmpty(entry.Name)) continue;
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

    private static string Reason(Exception ex) => ex switch
    {
        HttpRequestException { StatusCode: { } status } => $"the server answered {(int)status} {status}",
        TaskCanceledException => "the request timed out",
        _ => ex.Message.TrimEnd('.'),
    };
}
