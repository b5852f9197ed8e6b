namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Finds the local copy of a 1.x provider-reference file named by a remote <c>location</c>: a folder of files
/// (<see cref="FolderProviderReferences"/>), or a crawl's cache that downloads them.
/// </summary>
/// <remarks>The reader calls <see cref="Prepare"/> once, after <c>in_network</c>, with every location a kept rate needs,
/// then <see cref="LocalFile"/> for each; a location without a local file stays unresolved and is counted.</remarks>
public interface IProviderReferenceLookup
{
    /// <summary>Announces the locations about to be asked for, so an implementation can fetch them together.</summary>
    void Prepare(IReadOnlyCollection<string> locations, CancellationToken cancellationToken);

    /// <summary>The local file holding the provider groups of <paramref name="location"/>; null when there is none.</summary>
    string? LocalFile(string location);
}
