using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Medicare Coverage Database billing-and-coding articles: the paragraph of each covered ICD-10-CM group
/// (<c>article_x_icd10_covered_group.csv</c>), under which the brief lists the group's covered codes.
/// </summary>
/// <remarks>Recognised by its header (<c>icd10_covered_group, paragraph</c>, no code column); the version is the newest
/// <c>last_updated</c> date. Stateless and thread safe.</remarks>
public sealed class LcdArticleIcd10GroupFormat : IReferenceFormat<LcdArticleIcd10GroupRow>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article-icd10-group";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleIcd10GroupReader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleFile.ReadVersion(path, LcdArticleIcd10GroupReader.IsHeader);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleIcd10GroupRow>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleIcd10GroupReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
