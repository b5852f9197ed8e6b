using System.Security.Cryptography;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Sources;
using CodeBrief.Sources.Http;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Cli.Crawl;

/// <summary>
/// Walks tables of contents, picks the in-network files of the chosen plans (each file once), downloads several at
/// once and streams each through the code filter into the rate store, resolving remote provider references through
/// <see cref="ProviderReferenceCache"/>. Resumable: the state lives in <c>HOME/crawl/ID/</c>, where ID follows from the
/// tables of contents, the plan filter and the codes, so the same command run again continues where it stopped.
/// </summary>
/// <remarks>
/// A file is written to the store in one <see cref="IRateStore.Ingest"/> call, which stores it wholly or not at all, so
/// a failed or interrupted file leaves nothing; files go into the store one at a time (the store is not shared between
/// threads), while downloads and provider references run in parallel. A failure stops only its own file.
/// </remarks>
public sealed class RateCrawler
{
    private readonly string _home;
    private readonly RemoteFile _remote;
    private readonly IRateStore _store;
    private readonly SemaphoreSlim _storeGate = new(1, 1);

    /// <summary>Creates a crawler.</summary>
    /// <param name="home">The CodeBrief home (state, downloads and the provider-reference cache go under it).</param>
    /// <param name="remote">The downloader.</param>
    /// <param name="store">Where rates go.</param>
    public RateCrawler(string home, RemoteFile remote, IRateStore store)
    {
        _home = home;
        _remote = remote;
        _store = store;
    }

    /// <summary>The folder of the crawl <paramref name="options"/> describe.</summary>
    public string FolderOf(CrawlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var identity = string.Join('\n', options.TocUrls.Select(SignedUrl.Key).Order(StringComparer.Ordinal))
            + "\nplan=" + (options.Plan ?? "") + "\ncodes=" + string.Join(',', options.Filter.Codes.Order(StringComparer.Ordinal)) + "\npayer=" + (options.Payer ?? "");
        return Path.Combine(_home, "crawl", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16]);
    }

    /// <summary>Runs (or continues) the crawl.</summary>
    /// <exception cref="RemoteFileException">A table of contents could not be downloaded.</exception>
    /// <exception cref="InputFormatException">A table of contents does not read.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the state keeps what was done and what was in flight.</exception>
    public async Task<IReadOnlyList<CrawlOutcome>> RunAsync(CrawlOptions options, ICrawlProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var folder = FolderOf(options);
        var downloads = Path.Combine(folder, "files");
        Directory.CreateDirectory(downloads);
        var state = CrawlState.Open(Path.Combine(folder, "state.json"), string.Join(", ", options.TocUrls));
        var tocs = new List<TableOfContents>();
        for (var i = 0; i < options.TocUrls.Count; i++)
        {
            var url = options.TocUrls[i];
            var local = Path.Combine(folder, $"toc-{i + 1}-" + Downloader.FileNameOf(new Uri(url), "index.json"));
            await _remote.DownloadAsync(url, local, null, ct).ConfigureAwait(false);
            tocs.Add(TableOfContentsReader.ReadFile(local));
        }
        var files = CrawlList.Build(tocs, options.Plan, out _);
        var doneEarlier = files.Count(f => state.Get(f.Key)?.Status == CrawlState.Done);
        progress.Planned(files, doneEarlier);
        var references = new ProviderReferenceCache(_remote, Path.Combine(_home, "cache", "provider-refs"), options.Parallelism);
        var outcomes = new CrawlOutcome?[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct },
            async (index, token) =>
            {
                var outcome = await CrawlOneAsync(files[index], downloads, state, references, options, progress, token).ConfigureAwait(false);
                outcomes[index] = outcome;
                progress.Finished(outcome);
            }).ConfigureAwait(false);
        return [.. outcomes.OfType<CrawlOutcome>()];
    }

    private async Task<CrawlOutcome> CrawlOneAsync(CrawlFile file, string downloads, CrawlState state, ProviderReferenceCache references,
        CrawlOptions options, ICrawlProgress progress, CancellationToken ct)
    {
        if (state.Get(file.Key) is { Status: CrawlState.Done }) return new CrawlOutcome(file, "done earlier");
        state.Set(file.Key, new CrawlState.FileEntry(file.Url, CrawlState.InFlight));
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Key)))[..12] + "-" + Downloader.FileNameOf(new Uri(file.Url), "in-network.json");
        var local = Path.Combine(downloads, name);
        RemoteDownload download;
        try
        {
            download = await _remote.DownloadAsync(file.Url, local, (received, total) => progress.Downloading(file, received, total), ct).ConfigureAwait(false);
        }
        catch (RemoteFileException e)
        {
            return Fail(state, file, e.Kind.ToString(), e.Offset, e.Reason);
        }
        progress.Loading(file);
        var lookup = references.ForFile();
        await _storeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var result = _store.Ingest(local, new TicLoadOptions(options.Payer, null, options.Filter, ProviderReferences: lookup), ct);
            state.Set(file.Key, new CrawlState.FileEntry(file.Url, CrawlState.Done, download.Sha256, download.Bytes, result.SourceId));
            File.Delete(local);
            return new CrawlOutcome(file, result.Unchanged ? "unchanged" : "loaded", result.RowsStored, lookup.Needed, lookup.Failures);
        }
        catch (InputFormatException e)
        {
            // Nothing of the file reached the store (one transaction); the download goes, a later run fetches it afresh.
            File.Delete(local);
            return Fail(state, file, e.Kind.ToString(), e.Location.ByteOffset ?? 0, e.Message);
        }
        catch (SourceUnavailableException e)
        {
            return Fail(state, file, "Unavailable", 0, e.Message);
        }
        finally
        {
            _storeGate.Release();
        }
    }

    private static CrawlOutcome Fail(CrawlState state, CrawlFile file, string kind, long offset, string message)
    {
        state.Set(file.Key, new CrawlState.FileEntry(file.Url, CrawlState.Failed, Failure: $"{kind}: {message}", Offset: offset));
        return new CrawlOutcome(file, "failed", FailureKind: kind, FailureOffset: offset, Message: message);
    }
}
