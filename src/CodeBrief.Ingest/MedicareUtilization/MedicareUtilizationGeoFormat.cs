using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>
/// CMS "Medicare Physician &amp; Other Practitioners – by Geography and Service" (national and state rows per HCPCS code
/// and place of service): how often Medicare Part B paid for a code, for how many beneficiaries, at what average amounts.
/// </summary>
/// <remarks>
/// Recognised by its header (<c>Rndrng_Prvdr_Geo_Lvl, …, HCPCS_Cd, …, Tot_Srvcs</c>), whatever the file is called.
/// The version is the data year from the file name. Stateless and thread safe.
/// </remarks>
public sealed class MedicareUtilizationGeoFormat : IReferenceFormat<UtilizationGeoRow>
{
    /// <inheritdoc />
    public string Dataset => "medicare-utilization";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) =>
        CsvFile.HasHeader(path, MedicareUtilizationGeoReader.HeaderSearchLines, MedicareUtilizationGeoReader.IsHeader);

    /// <inheritdoc />
    /// <remarks><c>MUP_PHY_R24_P05_V10_D22_Geo.csv</c> gives <c>2022</c>.</remarks>
    public string ReadVersion(string path) => DataYear.FromName(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<UtilizationGeoRow>> Read(string path, CancellationToken cancellationToken) =>
        MedicareUtilizationGeoReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
