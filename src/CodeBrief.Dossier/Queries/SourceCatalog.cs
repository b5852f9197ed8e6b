using CodeBrief.Core.Provenance;
using CodeBrief.Warehouse;

namespace CodeBrief.Dossier.Queries;

/// <summary>The warehouse's sources register, read once: turns a source id into a <see cref="SourceRef"/> and a sources-list entry.</summary>
internal sealed class SourceCatalog
{
    private readonly Dictionary<long, DossierSource> _byId = [];

    public SourceCatalog(ISourceStore sources)
    {
        Records = sources.All();
        foreach (var s in Records)
            _byId[s.Id] = new DossierSource(s.Dataset, s.Publisher, s.FileName, s.Version, s.Sha256, s.IsSynthetic);
    }

    /// <summary>Every row of the register, as <see cref="ISourceStore.All"/> returned it.</summary>
    public IReadOnlyList<SourceRecord> Records { get; }

    /// <summary>The reference of one row; a source id missing from <c>sources</c> is a broken warehouse, so it throws.</summary>
    public SourceRef Ref(long sourceId, long row)
    {
        if (!_byId.TryGetValue(sourceId, out var s))
            throw new InvalidOperationException($"Warehouse row points at source id {sourceId}, which the sources table does not have.");
        return new SourceRef(s.Dataset, s.File, s.Version, row);
    }

    /// <summary>True when the register has a file of <paramref name="dataset"/>.</summary>
    public bool HasDataset(string dataset) => _byId.Values.Any(s => s.Dataset == dataset);

    /// <summary>The sources-list entry of a reference.</summary>
    public DossierSource Describe(SourceRef source) =>
        _byId.Values.FirstOrDefault(s => s.Dataset == source.Dataset && s.File == source.File && s.Version == source.Version)
        ?? (source.Dataset == Analytics.Medicare.PfsIndicators.Layout.Dataset
            ? new DossierSource(source.Dataset, "CMS", source.File, source.Version, Analytics.Medicare.PfsIndicators.LayoutSha256, false)
            : Editorial.EditorialSources.Describe(source));
}
