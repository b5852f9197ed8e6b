using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AspPricing;

/// <summary>The ASP drug pricing file: Part B payment limit per HCPCS code dosage (<see cref="AspPricingReader"/> gives the
/// layout followed).</summary>
/// <remarks>Recognised by its header row (<c>HCPCS Code</c> first, with <c>HCPCS Code Dosage</c>). Thread safe.</remarks>
public sealed class AspPricingFormat : IReferenceFormat<AspPriceRow>
{
    /// <inheritdoc />
    public string Dataset => "asp";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => TitledTable.Recognises(path, AspPricingReader.Layout);

    /// <inheritdoc />
    /// <remarks>The quarter's month (<c>2025-01</c>), else the file name.</remarks>
    public string ReadVersion(string path) =>
        AspPricingReader.ReleaseMonth(path) is { } month ? TitledTable.Version(month) : Path.GetFileNameWithoutExtension(path);

    /// <inheritdoc />
    public DateOnly? ReadEffectiveDate(string path) => AspPricingReader.ReleaseMonth(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<AspPriceRow>> Read(string path, CancellationToken cancellationToken) =>
        AspPricingReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
