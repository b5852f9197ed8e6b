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
public sealed class ClfsFormat : IReferenceFormat
{
    /// <inheritdoc />
    public string Dataset => "clfs";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public string Table => "clfs";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns { get; } =
        ["code", "modifier", "year", "eff_date", "indicator", "rate", "short_desc", "long_desc", "extended_desc"];

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, ClfsReader.HeaderSearchLines, ClfsReader.IsHeader);

    /// <inheritdoc />
    /// <remarks><c>CLFS 2025 Q2V1.csv</c> gives <c>2025Q2V1</c>, <c>25CLABQ2.csv</c> gives <c>2025Q2</c>; otherwise the YEAR of the first row.</remarks>
    public string ReadVersion(string path) => ClfsReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken) => ClfsReader.Read(path, cancellationToken);
}
