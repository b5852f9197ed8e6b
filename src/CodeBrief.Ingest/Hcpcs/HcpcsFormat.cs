using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// HCPCS Level II codes (<c>RECID</c> 3) from the CMS alpha-numeric workbook (<c>HCPC2025_OCT_ANWEB.xlsx</c>), read into
/// the <c>hcpcs_codes</c> table.
/// </summary>
public sealed class HcpcsFormat : IReferenceFormat<HcpcsRow>
{
    /// <inheritdoc/>
    public string Dataset => "hcpcs";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public bool Recognises(string path) => HcpcsWorkbook.Recognises(path);

    /// <inheritdoc/>
    public string ReadVersion(string path) => HcpcsWorkbook.ReadVersion(path);

    /// <inheritdoc/>
    public IEnumerable<RowResult<HcpcsRow>> Read(string path, CancellationToken cancellationToken) =>
        HcpcsReader.ReadCodes(path, ReferenceFile.Origin(this, path), cancellationToken);
}
