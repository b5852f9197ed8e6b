using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Sources.Http;

namespace CodeBrief.Cli.Crawl;

/// <summary>
/// Remote 1.x provider-reference files, fetched several at once and kept in the home: by content
/// (<c>cache/provider-refs/content/SHA256.json</c>) and by URL (<c>cache/provider-refs/urls/KEY</c> holds the content hash of
/// the link without its signature), so a file shared by many in-network files, or met again in a later run, is fetched once.
/// A file is kept only when it reads as a provider-reference file; every one that cannot be had or read is recorded
/// per URL with why, never dropped silently.
/// </summary>
/// <remarks>Thread-safe: several in-network files of a crawl share one cache.</remarks>
public sealed class ProviderReferenceCache
{
    private readonly RemoteFile _remote;
    private readonly string _content;
    private readonly string _urls;
    private readonly string _temp;
    private readonly int _parallelism;
    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReferenceFailure> _failures = new(StringComparer.Ordinal);

    /// <summary>Creates the cache under <paramref name="folder"/>.</summary>
    /// <param name="remote">The downloader.</param>
    /// <param name="folder">The cache folder (<c>HOME/cache/provider-refs</c>).</param>
    /// <param name="parallelism">Downloads at once.</param>
    public ProviderReferenceCache(RemoteFile remote, string folder, int parallelism)
    {
        _remote = remote;
        _content = Path.Combine(folder, "content");
        _urls = Path.Combine(folder, "urls");
        _temp = Path.Combine(folder, "tmp");
        Directory.CreateDirectory(_content);
        Directory.CreateDirectory(_urls);
        Directory.CreateDirectory(_temp);
        _parallelism = Math.Max(1, parallelism);
    }

    /// <summary>Downloads fetched this run (cache hits excluded).</summary>
    public int Downloaded => _downloaded;

    private int _downloaded;

    /// <summary>A lookup for one in-network file, which remembers the locations that file needed.</summary>
    public FileLookup ForFile() => new(this);

    /// <summary>Fetches every location not yet in the cache, <c>parallelism</c> at once.</summary>
    private void Fetch(IReadOnlyCollection<string> locations, CancellationToken ct)
    {
        var missing = locations.Where(l => !_resolved.ContainsKey(l) && !_failures.ContainsKey(l) && !FromIndex(l)).ToList();
        if (missing.Count == 0) return;
        Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = ct },
            async (location, token) => await FetchOneAsync(location, token).ConfigureAwait(false)).GetAwaiter().GetResult();
    }

    private bool FromIndex(string location)
    {
        var index = Path.Combine(_urls, KeyName(location));
        if (!File.Exists(index)) return false;
        var local = Path.Combine(_content, File.ReadAllText(index).Trim() + ".json");
        if (!File.Exists(local)) return false;
        _resolved[location] = local;
        return true;
    }

    private async Task FetchOneAsync(string location, CancellationToken ct)
    {
        var temp = Path.Combine(_temp, KeyName(location) + ".json");
        try
        {
            var download = await _remote.DownloadAsync(location, temp, null, ct).ConfigureAwait(false);
            Interlocked.Increment(ref _downloaded);
            // Kept only if it reads: an error page or a damaged file must not stand in for the groups.
            using (var stream = TicStreams.Open(temp, prefetch: false))
                ProviderReferenceReader.Read(Sources.Downloader.FileNameOf(new Uri(location), "provider-reference.json"), stream, "check");
            var local = Path.Combine(_content, download.Sha256 + ".json");
            File.Move(temp, local, overwrite: true);
            await File.WriteAllTextAsync(Path.Combine(_urls, KeyName(location)), download.Sha256, ct).ConfigureAwait(false);
            _resolved[location] = local;
        }
        catch (RemoteFileException e)
        {
            _failures[location] = new ReferenceFailure(location, e.Kind.ToString(), e.Offset, e.Reason);
        }
        catch (InputFormatException e)
        {
            File.Delete(temp);
            _failures[location] = new ReferenceFailure(location, "BadFile", e.Location.ByteOffset ?? 0, e.Message);
        }
    }

    private static string KeyName(string location) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SignedUrl.Key(location))));

    /// <summary>The lookup one in-network file's reader is given.</summary>
    public sealed class FileLookup : IProviderReferenceLookup
    {
        private readonly ProviderReferenceCache _cache;
        private readonly HashSet<string> _needed = new(StringComparer.Ordinal);

        internal FileLookup(ProviderReferenceCache cache) => _cache = cache;

        /// <summary>Remote references this file's kept rates needed.</summary>
        public int Needed => _needed.Count;

        /// <summary>Those that could not be had or read, by URL.</summary>
        public IReadOnlyList<ReferenceFailure> Failures =>
            [.. _needed.Select(l => _cache._failures.TryGetValue(l, out var f) ? f : null).OfType<ReferenceFailure>().OrderBy(f => f.Url, StringComparer.Ordinal)];

        /// <inheritdoc />
        public void Prepare(IReadOnlyCollection<string> locations, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(locations);
            _needed.UnionWith(locations);
            _cache.Fetch(locations, cancellationToken);
        }

        /// <inheritdoc />
        public string? LocalFile(string location) => _cache._resolved.TryGetValue(location, out var local) ? local : null;
    }
}
