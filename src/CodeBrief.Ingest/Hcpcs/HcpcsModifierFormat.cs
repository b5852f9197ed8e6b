using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// HCPCS Level II modifiers (<c>RECID</c> 7) from the CMS alpha-numeric workbook, read into the <c>modifiers</c> table.
/// </summary>
/// <remarks>The same workbook also feeds <see cref="HcpcsFormat"/>; each format reads only its own record type, and the
/// loader records one source row per dataset.</remarks>
public sealed class HcpcsModifierFormat : IReferenceFormat<ModifierRow>
{
    /// <inheritdoc/>
    public string Dataset => "hcpcs-modifiers";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public bool Recognises(string path) => HcpcsWorkbook.Recognises(path);

    /// <inheritdoc/>
    public string ReadVersion(string path) => HcpcsWorkbook.ReadVersion(path);

    /// <inheritdoc/>
    public IEnumerable<RowResult<ModifierRow>> Read(string path, CancellationToken cancellationToken) =>
        HcpcsReader.ReadModifiers(path, ReferenceFile.Origin(this, path), cancellationToken);
}
