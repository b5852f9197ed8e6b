using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// The Medicare Coverage Database's list of local coverage articles (and LCDs) from the Coverage API report: per document
/// its title, contractor, version, effective date and link. The brief groups an article's diagnoses under it.
/// </summary>
/// <remarks>Recognised by its header; the version is the newest <c>updated_on_sort</c> date. Stateless and thread safe.</remarks>
public sealed class LcdArticleReportFormat : IReferenceFormat<LcdArticleReportRow>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleReportReader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleReportReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleReportRow>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleReportReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
