using System.Globalization;
using System.Text.Json;

namespace CodeBrief.Sources;

/// <summary>
/// The newest release of each dataset that <c>data fetch</c> last found on its publisher's listing page, kept in
/// <c>&lt;home&gt;/raw/.releases.json</c> so <c>data status</c> can say which loaded datasets are older, offline.
/// </summary>
/// <remarks>Written atomically (temp file, then rename). A missing or unreadable file is an empty ledger: it only informs.</remarks>
public static class ReleaseLedger
{
    private const string FileName = ".releases.json";

    /// <summary>One dataset's newest known release.</summary>
    /// <param name="Dataset">Catalogue id.</param>
    /// <param name="Label">The release as the listing page names it.</param>
    /// <param name="Effective">First day of the release's first month, <c>yyyy-MM-dd</c>.</param>
    /// <param name="Download">The file found for it.</param>
    /// <param name="Listing">The listing page.</param>
    /// <param name="CheckedAt">When the page was read, ISO-8601 UTC.</param>
    public sealed record Entry(string Dataset, string Label, string Effective, string Download, string Listing, string CheckedAt)
    {
        /// <summary><see cref="Effective"/> as a date.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public DateOnly EffectiveDate => DateOnly.ParseExact(Effective, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The ledger of <paramref name="store"/>, by dataset id.</summary>
    public static IReadOnlyDictionary<string, Entry> Read(RawStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var path = Path.Combine(store.Folder, FileName);
        if (!File.Exists(path)) return new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(path)) ?? [];
            return entries.Where(e => DateOnly.TryParseExact(e.Effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                .GroupBy(e => e.Dataset, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return new Dictionary<string, Entry>(StringComparer.Ordinal);
        }
    }

    /// <summary>Records <paramref name="releases"/> (by dataset id), keeping the other datasets' entries.</summary>
    public static void Record(RawStore store, IReadOnlyDictionary<string, DiscoveredRelease> releases, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(releases);
        if (releases.Count == 0) return;
        var entries = new Dictionary<string, Entry>(Read(store), StringComparer.Ordinal);
        var at = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var (dataset, r) in releases)
            entries[dataset] = new Entry(dataset, r.Label, r.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Download.ToString(), r.Listing.ToString(), at);
        Directory.CreateDirectory(store.Folder);
        var path = Path.Combine(store.Folder, FileName);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".part";
        File.WriteAllText(temp, JsonSerializer.Serialize(entries.Values.OrderBy(e => e.Dataset, StringComparer.Ordinal).ToList(),
            new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, path, overwrite: true);
    }
}
