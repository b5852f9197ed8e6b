using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// The Medicare Physician Fee Schedule national relative value file (CMS <c>PPRRVU</c>), one row per code and
/// payment modifier with its RVUs, indicators and conversion factor.
/// </summary>
/// <remarks>Recognised by the last line of its stacked header (<c>HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,…</c>). Thread safe.</remarks>
public sealed class PfsRvuFormat : IReferenceFormat
{
    /// <inheritdoc />
    public string Dataset => "pfs-rvu";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public string Table => "pfs_rvu";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns { get; } =
    [
        "code", "modifier", "description", "status", "not_used_for_medicare",
        "work_rvu", "nf_pe_rvu", "nf_na_ind", "f_pe_rvu", "f_na_ind", "mp_rvu",
        "nf_total", "f_total", "pctc_ind", "glob_days", "pre_op", "intra_op", "post_op",
        "mult_proc", "bilat_surg", "asst_surg", "co_surg", "team_surg", "endo_base",
        "conv_factor", "phys_supervision", "calc_flag", "diag_imaging_family",
        "nf_pe_opps", "f_pe_opps", "mp_opps",
    ];

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, PfsRvuReader.HeaderSearchLines, PfsRvuReader.IsHeaderBottom);

    /// <inheritdoc />
    /// <remarks><c>PPRRVU2025_Oct.csv</c> released 09/11/2025 gives <c>2025 Oct (released 2025-09-11)</c>.</remarks>
    public string ReadVersion(string path) => PfsRvuReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken) => PfsRvuReader.Read(path, cancellationToken);
}
