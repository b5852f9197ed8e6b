using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsLocality;

/// <summary>
/// The counties included in each PFS locality (CMS <c>*LOCCO.csv</c>): MAC, locality, state, fee schedule area and
/// counties.
/// </summary>
/// <remarks>Recognised by its header row (<c>Medicare Adminstrative Contractor,Locality Number,State,…</c>). Thread safe.</remarks>
public sealed class PfsLocalityFormat : IReferenceFormat<PfsLocalityRow>
{
    /// <inheritdoc />
    public string Dataset => "pfs-locality";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsLocalityReader.HeaderSearchLines, PfsLocalityReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>The year: <c>25LOCCO.csv</c> gives <c>2025</c>; otherwise the year in the title line.</remarks>
    public string ReadVersion(string path) => PfsLocalityReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<PfsLocalityRow>> Read(string path, CancellationToken cancellationToken) =>
        PfsLocalityReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
