using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsOppsCap;

/// <summary>
/// The PFS OPPS payment caps (CMS <c>OPPSCAP*.csv</c>): the capped facility and non-facility price of imaging and
/// other services per code, modifier, carrier and locality.
/// </summary>
/// <remarks>Recognised by its header row (<c>HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,…</c>). Thread safe.</remarks>
public sealed class PfsOppsCapFormat : IReferenceFormat<PfsOppsCapRow>
{
    /// <inheritdoc />
    public string Dataset => "pfs-opps-cap";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsOppsCapReader.HeaderSearchLines, PfsOppsCapReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>The file carries no year, so the version is its CMS name (<c>OPPSCAP_Oct</c>).</remarks>
    public string ReadVersion(string path) => Path.GetFileNameWithoutExtension(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<PfsOppsCapRow>> Read(string path, CancellationToken cancellationToken) =>
        PfsOppsCapReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
