namespace CodeBrief.Sources;

/// <summary>
/// The fetched files: <c>&lt;home&gt;/raw/&lt;dataset&gt;/&lt;file&gt;</c>. Writes are atomic (temp file in the same
/// folder, then rename), so a crash never leaves half a file under its real name.
/// </summary>
public sealed class RawStore
{
    private const string TempPrefix = ".partial-";

    /// <summary>Creates the store under <paramref name="home"/>; folders are created on first write.</summary>
    public RawStore(string home)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        Folder = Path.Combine(Path.GetFullPath(home), "raw");
    }

    /// <summary>The raw folder, <c>&lt;home&gt;/raw</c>.</summary>
    public string Folder { get; }

    /// <summary>The folder of one dataset.</summary>
    public string DatasetFolder(string dataset) => Path.Combine(Folder, dataset);

    /// <summary>The fetched files of every dataset, by dataset id (folder name) then file name; temp files are skipped.</summary>
    public IReadOnlyList<(string Dataset, string Path)> List()
    {
        var files = new List<(string, string)>();
        if (!Directory.Exists(Folder)) return files;
        foreach (var folder in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            var dataset = Path.GetFileName(folder);
            if (dataset.StartsWith('.')) continue;
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                if (!Path.GetFileName(file).StartsWith('.')) files.Add((dataset, file));
        }
        return files;
    }

    /// <summary>
    /// Copies <paramref name="source"/> to the dataset folder as <paramref name="fileName"/>, unless a file of that name
    /// with the same SHA-256 is already there.
    /// </summary>
    public FetchedFile Place(string dataset, string source, string fileName, string origin, FetchOutcome outcomeIfWritten, bool contentChecked)
    {
        var folder = DatasetFolder(dataset);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(fileName));
        var sha = FileHash.Sha256(source);
        var bytes = new FileInfo(source).Length;
        if (File.Exists(target) && FileHash.Sha256(target) == sha)
            return new FetchedFile(dataset, target, origin, sha, bytes, FetchOutcome.Unchanged, contentChecked);

        var temp = Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            File.Copy(source, temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return new FetchedFile(dataset, target, origin, sha, bytes, outcomeIfWritten, contentChecked);
    }

    /// <summary>
    /// Deletes the files of <paramref name="dataset"/> that are not in <paramref name="keep"/>: the raw folder holds the
    /// current release only, so a later load cannot mistake an older quarter for new data. The warehouse keeps history.
    /// </summary>
    public IReadOnlyList<string> Prune(string dataset, IEnumerable<string> keep)
    {
        var folder = DatasetFolder(dataset);
        var removed = new List<string>();
        if (!Directory.Exists(folder)) return removed;
        var kept = new HashSet<string>(keep.Select(Path.GetFullPath), StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (kept.Contains(Path.GetFullPath(file))) continue;
            File.Delete(file);
            removed.Add(file);
        }
        return removed;
    }
}
