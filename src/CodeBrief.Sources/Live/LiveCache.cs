using System.Text.Json;

namespace CodeBrief.Sources.Live;

/// <summary>
/// The responses of earlier live fetches, one file per request, under <c>&lt;home&gt;/raw/.live/&lt;source&gt;/</c>
/// (a dot folder, so <c>data load</c> never takes it for a dataset). A key names what the rows are, such as an article
/// id, version and endpoint: a re-run finds the key and asks nothing, and a run that stopped half-way resumes at the first
/// key it lacks. Writes are atomic.
/// </summary>
public sealed class LiveCache
{
    /// <summary>Creates the cache of <paramref name="source"/> (<c>coverage</c>, <c>utilization</c>) in <paramref name="store"/>.</summary>
    public LiveCache(RawStore store, string source)
    {
        ArgumentNullException.ThrowIfNull(store);
        Folder = Path.Combine(store.Folder, ".live", source);
    }

    /// <summary>The cache folder.</summary>
    public string Folder { get; }

    /// <summary>The cached response under <paramref name="key"/>, or null.</summary>
    public LiveResponse? Find(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<LiveResponse>(stream);
        }
        catch (JsonException)
        {
            // A damaged entry (disk full, edited by hand) is fetched again rather than trusted.
            return null;
        }
    }

    /// <summary>Stores <paramref name="response"/> under <paramref name="key"/>.</summary>
    public void Save(string key, LiveResponse response)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            using (var stream = File.Create(temp)) JsonSerializer.Serialize(stream, response);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private string PathOf(string key) =>
        Path.Combine(Folder, string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".json");
}

/// <summary>One response kept in the <see cref="LiveCache"/>: where and when it was fetched, and its rows as text.</summary>
/// <param name="Endpoint">The URL asked.</param>
/// <param name="RetrievedAt">When, ISO 8601 UTC.</param>
/// <param name="Rows">The row objects, field name to text.</param>
public sealed record LiveResponse(string Endpoint, string RetrievedAt, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);
