using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

/// <summary>
/// A local folder holding publishers' files, shaped like <c>shared/data</c>: subfolders by topic, file names that change
/// every quarter. Finds each dataset's files by name pattern, then confirms them by content.
/// </summary>
/// <remarks>The folder is searched recursively and never written to. Not thread-safe.</remarks>
public sealed class Mirror
{
    private readonly ContentRecogniser _recognise;

    /// <summary>Creates a mirror over <paramref name="root"/>; nothing is read until <see cref="Find"/>.</summary>
    public Mirror(string root, ContentRecogniser recognise)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(recognise);
        Root = System.IO.Path.GetFullPath(root);
        _recognise = recognise;
    }

    /// <summary>The mirror folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>
    /// The files of <paramref name="datasets"/> found in the mirror, ordered by dataset then path. A file can belong to
    /// two datasets (the HCPCS workbook holds codes and modifiers).
    /// </summary>
    /// <exception cref="SourceUnavailableException">The mirror folder does not exist.</exception>
    public IReadOnlyList<MirrorFile> Find(IReadOnlyList<DatasetInfo> datasets)
    {
        if (!Directory.Exists(Root)) throw new SourceUnavailableException(Root, ErrorMessages.MirrorMissing(Root));
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var paths = Directory.EnumerateFiles(Root, "*", options).Order(StringComparer.Ordinal).ToList();
        var found = new List<MirrorFile>();
        foreach (var dataset in datasets)
        {
            foreach (var path in paths)
            {
                if (!dataset.MatchesName(System.IO.Path.GetFileName(path))) continue;
                var verdict = _recognise(dataset.Id, path);
                if (verdict == false) continue;
                found.Add(new MirrorFile(dataset.Id, path, verdict == true));
            }
        }
        return found;
    }
}
