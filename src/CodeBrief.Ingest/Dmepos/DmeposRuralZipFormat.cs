using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>
/// The DMEPOS rural ZIP code file (CMS, quarterly): the ZIP codes where the rural DMEPOS fees apply, and those of
/// former competitive bidding areas.
/// </summary>
/// <remarks>Recognised by its header (<c>STATE,DMEPOS RURAL ZIP CODE,YEAR/QTR,LOCATION</c>). Stateless and thread safe.</remarks>
public sealed class DmeposRuralZipFormat : IReferenceFormat<DmeposRuralZipRow>
{
    /// <inheritdoc />
    public string Dataset => "dmepos-rural-zip";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, DmeposRuralZipReader.HeaderSearchLines, DmeposRuralZipReader.IsHeader);

    /// <inheritdoc />
    /// <remarks><c>DME Rural ZIP Code Quarter 1 2026.csv</c> gives <c>2026Q1</c>; otherwise the YEAR/QTR of the first row.</remarks>
    public string ReadVersion(string path) => DmeposRuralZipReader.ReadVersion(path);

    /// <inheritdoc />
    /// <remarks>The first day of the quarter: 2026Q1 gives 2026-01-01.</remarks>
    public DateOnly? ReadEffectiveDate(string path) => DmeposRuralZipReader.ReadEffectiveDate(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<DmeposRuralZipRow>> Read(string path, CancellationToken cancellationToken) =>
        DmeposRuralZipReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
