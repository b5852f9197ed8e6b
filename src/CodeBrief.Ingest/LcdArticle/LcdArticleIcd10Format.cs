using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Medicare Coverage Database billing-and-coding articles: the covered ICD-10-CM codes of each article
/// (<c>article_x_icd10_covered.csv</c>). Joined through <see cref="LcdArticleHcpcFormat"/> it gives the diagnoses a MAC
/// accepts for a procedure code.
/// </summary>
/// <remarks>
/// Recognised by its header (<c>article_id, article_version, icd10_code_id</c>, without <c>icd10_noncovered_group</c>).
/// The version is the newest <c>last_updated</c> date. Stateless and thread safe.
/// </remarks>
public sealed class LcdArticleIcd10Format : IReferenceFormat<LcdArticleIcd10Row>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article-icd10";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleIcd10Reader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleFile.ReadVersion(path, LcdArticleIcd10Reader.IsHeader);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleIcd10Row>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleIcd10Reader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
