using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.OppsAddendumB;

/// <summary>OPPS Addendum B: status indicator, APC, relative weight, payment rate and copayments per code
/// (<see cref="OppsAddendumBReader"/> gives the layout followed).</summary>
/// <remarks>Recognised by its header row (<c>HCPCS Code</c> first, with <c>SI</c> and <c>APC</c>). Thread safe.</remarks>
public sealed class OppsAddendumBFormat : IReferenceFormat<OppsRateRow>
{
    /// <inheritdoc />
    public string Dataset => "opps-addb";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => TitledTable.Recognises(path, OppsAddendumBReader.Layout);

    /// <inheritdoc />
    /// <remarks>The release month in the title or file name (<c>2025-01</c>), else the file name.</remarks>
    public string ReadVersion(string path) =>
        OppsAddendumBReader.ReleaseMonth(path) is { } month ? TitledTable.Version(month) : Path.GetFileNameWithoutExtension(path);

    /// <inheritdoc />
    public DateOnly? ReadEffectiveDate(string path) => OppsAddendumBReader.ReleaseMonth(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<OppsRateRow>> Read(string path, CancellationToken cancellationToken) =>
        OppsAddendumBReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
