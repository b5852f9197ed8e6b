using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsAnesthesia;

/// <summary>
/// The PFS anesthesia conversion factors by locality (CMS <c>ANES*.csv</c>), each row also carrying the national
/// anesthesia conversion factor that the file states in its header.
/// </summary>
/// <remarks>Recognised by its header row (<c>Contractor,Locality,Locality Name,National Anes CF of 20.3178</c>). Thread safe.</remarks>
public sealed class PfsAnesthesiaFormat : IReferenceFormat<PfsAnesthesiaRow>
{
    /// <inheritdoc />
    public string Dataset => "pfs-anes";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsAnesthesiaReader.HeaderSearchLines, PfsAnesthesiaReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>The year from the file name (<c>ANES2025.csv</c> gives <c>2025</c>), else the file name itself.</remarks>
    public string ReadVersion(string path) => PfsAnesthesiaReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<PfsAnesthesiaRow>> Read(string path, CancellationToken cancellationToken) =>
        PfsAnesthesiaReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
