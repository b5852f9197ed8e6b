using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.SpecialtyTaxonomy;

/// <summary>
/// The CMS "Medicare Provider and Supplier Taxonomy Crosswalk": which NUCC taxonomy codes belong to each Medicare
/// specialty code and provider/supplier type. It is the bridge from the provider types in Medicare utilization files
/// to NUCC taxonomy codes.
/// </summary>
/// <remarks>Recognised by its header (<c>MEDICARE SPECIALTY CODE, …, PROVIDER TAXONOMY CODE, …</c>). Stateless and thread safe.</remarks>
public sealed class SpecialtyTaxonomyFormat : IReferenceFormat<SpecialtyTaxonomyRow>
{
    /// <inheritdoc />
    public string Dataset => "specialty-taxonomy-crosswalk";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) =>
        CsvFile.HasHeader(path, SpecialtyTaxonomyReader.HeaderSearchLines, SpecialtyTaxonomyReader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => SpecialtyTaxonomyReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<SpecialtyTaxonomyRow>> Read(string path, CancellationToken cancellationToken) =>
        SpecialtyTaxonomyReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
