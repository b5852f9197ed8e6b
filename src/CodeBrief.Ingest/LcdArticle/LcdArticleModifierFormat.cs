using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Medicare Coverage Database billing-and-coding articles: the CPT/HCPCS modifiers each article lists
/// (<c>article_x_hcpc_modifier.csv</c>), shown beside the article in the brief.
/// </summary>
/// <remarks>Recognised by its header (<c>hcpc_modifier_code_id</c>); the version is the newest <c>last_updated</c> date.
/// Stateless and thread safe.</remarks>
public sealed class LcdArticleModifierFormat : IReferenceFormat<LcdArticleModifierRow>
{
    /// <inheritdoc />
    public string Dataset => "lcd-article-hcpc-modifier";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => CsvFile.HasHeader(path, LcdArticleFile.HeaderSearchLines, LcdArticleModifierReader.IsHeader);

    /// <inheritdoc />
    public string ReadVersion(string path) => LcdArticleFile.ReadVersion(path, LcdArticleModifierReader.IsHeader);

    /// <inheritdoc />
    public IEnumerable<RowResult<LcdArticleModifierRow>> Read(string path, CancellationToken cancellationToken) =>
        LcdArticleModifierReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
