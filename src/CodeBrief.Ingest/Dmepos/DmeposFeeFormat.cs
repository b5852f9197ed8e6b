using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>
/// The DMEPOS fee schedule (CMS, quarterly): per HCPCS code and payment modifier combination, the payment category,
/// ceiling, floor and each state's non-rural and rural fee.
/// </summary>
/// <remarks>
/// Recognised by its header (<c>HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,…</c>) within the first lines, below any title
/// rows; the rest of the header is checked against the layout when the file is read. Stateless and thread safe.
/// </remarks>
public sealed class DmeposFeeFormat : IReferenceFormat<DmeposFeeRow>
{
    /// <inheritdoc />
    public string Dataset => "dmepos";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, DmeposFeeReader.HeaderSearchLines, DmeposFeeReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>From the file name: <c>DMEPOS26_JAN.csv</c> gives <c>DMEPOS26_JAN</c>.</remarks>
    public string ReadVersion(string path) => DmeposFeeReader.ReadVersion(path);

    /// <inheritdoc />
    /// <remarks>The first day of the quarter named in the file name: <c>DMEPOS26_JAN</c> gives 2026-01-01,
    /// <c>DMEPOS25_APR25</c> 2025-04-01.</remarks>
    public DateOnly? ReadEffectiveDate(string path) => DmeposFeeReader.ReadEffectiveDate(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<DmeposFeeRow>> Read(string path, CancellationToken cancellationToken) =>
        DmeposFeeReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
