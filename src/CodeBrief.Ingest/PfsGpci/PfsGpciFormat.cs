using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsGpci;

/// <summary>
/// The PFS geographic practice cost indices (CMS <c>GPCI*.csv</c>, Addendum E): work, practice expense and malpractice
/// GPCIs per MAC and locality.
/// </summary>
/// <remarks>Recognised by its header row (<c>Medicare Administrative Contractor (MAC),State,Locality Number,…</c>). Thread safe.</remarks>
public sealed class PfsGpciFormat : IReferenceFormat<GpciLocality>
{
    /// <inheritdoc />
    public string Dataset => "pfs-gpci";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsGpciReader.HeaderSearchLines, PfsGpciReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>The year: <c>GPCI2025.csv</c> gives <c>2025</c>; otherwise the year in the header (<c>2025 PW GPCI</c>).</remarks>
    public string ReadVersion(string path) => PfsGpciReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<GpciLocality>> Read(string path, CancellationToken cancellationToken) =>
        PfsGpciReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
