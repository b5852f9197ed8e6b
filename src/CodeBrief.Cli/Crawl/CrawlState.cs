using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeBrief.Cli.Crawl;

/// <summary>
/// A crawl's progress, kept in the home as <c>crawl/ID/state.json</c> and rewritten atomically at every change: which
/// files are done (with the SHA-256 of the bytes loaded), which are in flight (their partial downloads sit beside it),
/// which failed and why. A run that was killed restarts from it.
/// </summary>
public sealed class CrawlState
{
    /// <summary>A file done: loaded, or found already in the store.</summary>
    public const string Done = "done";
    /// <summary>A file being downloaded or loaded when the state was written.</summary>
    public const string InFlight = "in-flight";
    /// <summary>A file that failed; a later run tries it again.</summary>
    public const string Failed = "failed";

    private readonly string _path;
    private readonly Lock _lock = new();
    private readonly StateFile _file;

    private CrawlState(string path, StateFile file)
    {
        _path = path;
        _file = file;
    }

    /// <summary>The state at <paramref name="path"/>, or a new one for <paramref name="description"/>.</summary>
    public static CrawlState Open(string path, string description)
    {
        StateFile? file = null;
        if (File.Exists(path))
        {
            try
            {
                file = JsonSerializer.Deserialize<StateFile>(File.ReadAllText(path));
            }
            catch (JsonException)
            {
                file = null; // a damaged state only costs a fresh start; the store skips files it already holds
            }
        }
        file ??= new StateFile { Crawl = description };
        return new CrawlState(path, file);
    }

    /// <summary>The entry of <paramref name="key"/>, if the state has one.</summary>
    public FileEntry? Get(string key)
    {
        lock (_lock) return _file.Files.TryGetValue(key, out var entry) ? entry : null;
    }

    /// <summary>Every entry by key.</summary>
    public IReadOnlyDictionary<string, FileEntry> Files
    {
        get { lock (_lock) return new Dictionary<string, FileEntry>(_file.Files, StringComparer.Ordinal); }
    }

    /// <summary>Records <paramref name="entry"/> for <paramref name="key"/> and writes the state.</summary>
    public void Set(string key, FileEntry entry)
    {
        lock (_lock)
        {
            _file.Files[key] = entry;
            var temp = _path + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(_file, Options));
            File.Move(temp, _path, overwrite: true);
        }
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>One file's line in the state.</summary>
    /// <param name="Url">The link.</param>
    /// <param name="Status"><see cref="Done"/>, <see cref="InFlight"/> or <see cref="Failed"/>.</param>
    /// <param name="Sha256">SHA-256 of the downloaded bytes that were loaded.</param>
    /// <param name="Bytes">Their length.</param>
    /// <param name="SourceId">The store's source id of the file.</param>
    /// <param name="Failure">Why it failed.</param>
    /// <param name="Offset">Where it failed (bytes).</param>
    public sealed record FileEntry(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("sha256")] string? Sha256 = null,
        [property: JsonPropertyName("bytes")] long? Bytes = null,
        [property: JsonPropertyName("source_id")] long? SourceId = null,
        [property: JsonPropertyName("failure")] string? Failure = null,
        [property: JsonPropertyName("offset")] long? Offset = null);

    private sealed class StateFile
    {
        [JsonPropertyName("crawl")]
        public string Crawl { get; set; } = "";

        [JsonPropertyName("files")]
        public Dictionary<string, FileEntry> Files { get; set; } = new(StringComparer.Ordinal);
    }
}
