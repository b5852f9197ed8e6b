using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Clfs;

/// <summary>
/// The Medicare Clinical Laboratory Fee Schedule (CMS), one row per lab code and modifier with its national limit.
/// </summary>
/// <remarks>
/// Recognised by its header row (<c>YEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE,…</c>) within the first lines, whatever the
/// file is called. Stateless and thread safe.
/// </remarks>
public sealed class ClfsFormat : IReferenceFormat<ClfsRow>
{
    /// <inheritdoc />
    public string Dataset => "clfs";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, ClfsReader.HeaderSearchLines, ClfsReader.IsHeader);

    /// <inheritdoc />
    /// <remarks><c>CLFS 2025 Q2V1.csv</c> gives <c>2025Q2V1</c>, <c>25CLABQ2.csv</c> gives <c>2025Q2</c>; otherwise the YEAR of the first row.</remarks>
    public string ReadVersion(string path) => ClfsReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<ClfsRow>> Read(string path, CancellationToken cancellationToken) =>
        ClfsReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
