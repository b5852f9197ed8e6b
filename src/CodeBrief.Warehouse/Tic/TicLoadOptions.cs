using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Tic;

/// <summary>How to load TiC files.</summary>
/// <param name="Payer">Payer label; null uses the file's <c>reporting_entity_name</c>.</param>
/// <param name="Plan">Plan label; null uses the file's <c>plan_name</c>.</param>
/// <param name="Filter">The codes to keep.</param>
/// <param name="ProviderRefsFolder">Local folder of 1.x provider-reference files; null reports remote references as unresolved.</param>
/// <param name="ProviderReferences">Finds the local copy of each remote provider reference (a crawl's download cache);
/// when given it is used instead of <paramref name="ProviderRefsFolder"/>.</param>
/// <param name="FileBytesRead">Told the bytes of the file read so far while it loads (from the reading thread), for progress bars.</param>
public sealed record TicLoadOptions(string? Payer, string? Plan, CodeFilter Filter, string? ProviderRefsFolder = null,
    IProviderReferenceLookup? ProviderReferences = null, Action<long>? FileBytesRead = null)
{
    /// <summary>The lookup an in-network reader is given: <see cref="ProviderReferences"/>, else the folder, else none.</summary>
    public IProviderReferenceLookup? ProviderReferenceLookup =>
        ProviderReferences ?? (ProviderRefsFolder is null ? null : new FolderProviderReferences(ProviderRefsFolder));
}
