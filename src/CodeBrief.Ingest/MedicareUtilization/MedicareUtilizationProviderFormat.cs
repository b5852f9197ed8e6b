using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>
/// CMS "Medicare Physician &amp; Other Practitioners – by Provider and Service": per rendering NPI, HCPCS code and place
/// of service, the provider type (derived by CMS from the Medicare specialty code) and the services, beneficiaries and
/// average allowed amount. Queries aggregate it by provider type.
/// </summary>
/// <remarks>
/// Recognised by its header (<c>Rndrng_NPI, …, Rndrng_Prvdr_Type, …, HCPCS_Cd, …</c>); the "by Provider" file, which
/// has no HCPCS_Cd, is not claimed. The version is the data year from the file name. Stateless and thread safe.
/// </remarks>
public sealed class MedicareUtilizationProviderFormat : IReferenceFormat<UtilizationProviderRow>
{
    /// <inheritdoc />
    public string Dataset => "medicare-utilization-provider";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) =>
        CsvFile.HasHeader(path, MedicareUtilizationProviderReader.HeaderSearchLines, MedicareUtilizationProviderReader.IsHeader);

    /// <inheritdoc />
    /// <remarks><c>MUP_PHY_R24_P05_V10_D22_Prov_Svc.csv</c> gives <c>2022</c>.</remarks>
    public string ReadVersion(string path) => DataYear.FromName(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<UtilizationProviderRow>> Read(string path, CancellationToken cancellationToken) =>
        MedicareUtilizationProviderReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
