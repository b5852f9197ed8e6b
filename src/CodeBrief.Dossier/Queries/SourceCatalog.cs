using System.Data;
using System.Data.Common;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using Dapper;

namespace CodeBrief.Dossier.Queries;

/// <summary>The warehouse's <c>sources</c> table, read once: turns (source_id, row) into a <see cref="SourceRef"/>.</summary>
internal sealed class SourceCatalog
{
    private readonly Dictionary<long, DossierSource> _byId = [];

    public SourceCatalog(DbConnection connection)
    {
        using var r = connection.ExecuteReader("SELECT id, dataset, publisher, file_name, version, sha256, is_synthetic FROM sources");
        while (r.Read())
            _byId[Cells.Long(r, "id")] = new DossierSource(Cells.Text(r, "dataset"), Cells.Text(r, "publisher"), Cells.Text(r, "file_name"),
                Cells.Text(r, "version"), Cells.Text(r, "sha256"), Cells.Long(r, "is_synthetic") != 0);
    }

    /// <summary>The reference of one row; a source id missing from <c>sources</c> is a broken warehouse, so it throws.</summary>
    public SourceRef Ref(long sourceId, long row)
    {
        if (!_byId.TryGetValue(sourceId, out var s))
            throw new InvalidOperationException($"Warehouse row points at source id {sourceId}, which the sources table does not have.");
        return new SourceRef(s.Dataset, s.File, s.Version, row);
    }

    public SourceRef Ref(IDataRecord r) => Ref(Cells.Long(r, "source_id"), Cells.Long(r, "row"));

    /// <summary>The sources-list entry of a reference.</summary>
    public DossierSource Describe(SourceRef source) =>
        _byId.Values.FirstOrDefault(s => s.Dataset == source.Dataset && s.File == source.File && s.Version == source.Version)
        ?? (source.Dataset == Analytics.Medicare.PfsIndicators.Layout.Dataset
            ? new DossierSource(source.Dataset, "CMS", source.File, source.Version, Analytics.Medicare.PfsIndicators.LayoutSha256, false)
            : Editorial.EditorialSources.Describe(source));
}
