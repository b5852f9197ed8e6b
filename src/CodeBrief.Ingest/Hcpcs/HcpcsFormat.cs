using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>
/// HCPCS Level II codes (<c>RECID</c> 3) from the CMS alpha-numeric workbook (<c>HCPC2025_OCT_ANWEB.xlsx</c>), read into
/// the <c>hcpcs_codes</c> table.
/// </summary>
public sealed class HcpcsFormat : IReferenceFormat
{
    /// <inheritdoc/>
    public string Dataset => "hcpcs";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public string Table => "hcpcs_codes";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } =
    [
        "code", "long_desc", "short_desc", "price_ind", "mult_pi", "coverage", "betos", "tos", "lab_cert", "xref", "statute",
        "add_date", "eff_date", "term_date", "action_cd",
    ];

    /// <inheritdoc/>
    public bool Recognises(string path) => HcpcsWorkbook.Recognises(path);

    /// <inheritdoc/>
    public string ReadVersion(string path) => HcpcsWorkbook.ReadVersion(path);

    /// <inheritdoc/>
    public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken) =>
        HcpcsReader.Read(path, HcpcsRecord.Code, cancellationToken);
}
