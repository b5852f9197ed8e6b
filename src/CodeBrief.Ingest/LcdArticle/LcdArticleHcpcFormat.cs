using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Medicare Coverage Database billing-and-coding articles: the CPT/HCPCS codes of each article
/// (<c>article_x_hcpc_code.csv</c>), the link from a procedure code to the article's covered diagnoses.
/// </summary>
/// <remarks>
/// Recognised by its header (<c>article_id, article_version, hcpc_code_id</c>). The version is the newest
/// <c>last_updated</c> date. Stateless and thread safe.
/// </remarks>
public sealed class LcdArticleHcpcFormat : IReferenceFormat<LcdArticleHcpcRow>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article-hcpc";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleHcpcReader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleFile.ReadVersion(path, LcdArticleHcpcReader.IsHeader);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleHcpcRow>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleHcpcReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
