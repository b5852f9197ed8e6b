using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Medicare Coverage Database billing-and-coding articles: the ICD-10-CM codes each article lists as not supporting
/// medical necessity (<c>article_x_icd10_noncovered.csv</c>, or the Coverage API's <c>icd10-noncovered</c> rows).
/// </summary>
/// <remarks>Recognised by its header (<c>icd10_noncovered_group</c>); the version is the newest <c>last_updated</c> date.</remarks>
public sealed class LcdArticleIcd10NoncoveredFormat : IReferenceFormat<LcdArticleIcd10NoncoveredRow>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article-icd10-noncovered";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleIcd10Reader.IsNoncoveredHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleFile.ReadVersion(path, LcdArticleIcd10Reader.IsNoncoveredHeader);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleIcd10NoncoveredRow>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleIcd10Reader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken, covered: false)
            .Select(r => new RowResult<LcdArticleIcd10NoncoveredRow>(r.Row, r.Value is { } v ? LcdArticleIcd10NoncoveredRow.From(v) : null, r.Problem));
}
