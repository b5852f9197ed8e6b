using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// The Medicare Physician Fee Schedule national relative value file (CMS <c>PPRRVU</c>), one row per code and
/// payment modifier with its RVUs, indicators and conversion factor.
/// </summary>
/// <remarks>Recognised by the last line of its stacked header (<c>HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,…</c>). Thread safe.</remarks>
public sealed class PfsRvuFormat : IReferenceFormat<PfsRvuRow>
{
    /// <inheritdoc />
    public string Dataset => "pfs-rvu";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsRvuReader.HeaderSearchLines, PfsRvuReader.IsHeaderBottom);

    /// <inheritdoc />
    /// <remarks><c>PPRRVU2025_Oct.csv</c> released 09/11/2025 gives <c>2025 Oct (released 2025-09-11)</c>.</remarks>
    public string ReadVersion(string path) => PfsRvuReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<PfsRvuRow>> Read(string path, CancellationToken cancellationToken) =>
        PfsRvuReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
