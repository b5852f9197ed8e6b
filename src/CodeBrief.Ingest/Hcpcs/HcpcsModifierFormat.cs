using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// HCPCS Level II modifiers (<c>RECID</c> 7) from the CMS alpha-numeric workbook, read into the <c>modifiers</c> table.
/// </summary>
/// <remarks>The same workbook also feeds <see cref="HcpcsFormat"/>; each format reads only its own record type, and the
/// loader records one source row per dataset.</remarks>
public sealed class HcpcsModifierFormat : IReferenceFormat
{
    /// <inheritdoc/>
    public string Dataset => "hcpcs-modifiers";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public string Table => "modifiers";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } = ["code", "long_desc", "short_desc", "add_date", "eff_date", "term_date"];

    /// <inheritdoc/>
    public bool Recognises(string path) => HcpcsWorkbook.Recognises(path);

    /// <inheritdoc/>
    public string ReadVersion(string path) => HcpcsWorkbook.ReadVersion(path);

    /// <inheritdoc/>
    public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken) =>
        HcpcsReader.Read(path, HcpcsRecord.Modifier, cancellationToken);
}
