using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AscAddenda;

/// <summary>ASC Addenda AA and BB: payment indicator, weight and rate per code (<see cref="AscAddendaReader"/> gives the
/// layout followed). Both addenda of one quarter share a version, so they are current together.</summary>
/// <remarks>Recognised by its header row (<c>HCPCS Code</c> first, with a <c>… Payment Indicator</c> column). Thread safe.</remarks>
public sealed class AscAddendaFormat : IReferenceFormat<AscRateRow>
{
    /// <inheritdoc />
    public string Dataset => "asc";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => TitledTable.Recognises(path, AscAddendaReader.Layout);

    /// <inheritdoc />
    /// <remarks>The release month (<c>2025-01</c>), else the file name.</remarks>
    public string ReadVersion(string path) =>
        AscAddendaReader.ReleaseMonth(path) is { } month ? TitledTable.Version(month) : Path.GetFileNameWithoutExtension(path);

    /// <inheritdoc />
    public DateOnly? ReadEffectiveDate(string path) => AscAddendaReader.ReleaseMonth(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<AscRateRow>> Read(string path, CancellationToken cancellationToken) =>
        AscAddendaReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
