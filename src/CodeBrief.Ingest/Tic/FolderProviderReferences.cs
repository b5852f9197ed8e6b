namespace CodeBrief.Ingest.Tic;

/// <summary>Provider-reference files in one folder, each named as the last segment of its <c>location</c> URL (query and fragment ignored).</summary>
/// <param name="folder">The folder.</param>
public sealed class FolderProviderReferences(string folder) : IProviderReferenceLookup
{
    /// <inheritdoc />
    public void Prepare(IReadOnlyCollection<string> locations, CancellationToken cancellationToken) { }

    /// <inheritdoc />
    public string? LocalFile(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var name = location;
        var cut = name.IndexOfAny(['?', '#']);
        if (cut >= 0) name = name[..cut];
        name = name[(name.LastIndexOf('/') + 1)..];
        var local = Path.Combine(folder, name);
        return File.Exists(local) ? local : null;
    }
}
