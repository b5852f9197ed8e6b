using CodeBrief.Ingest.LcdArticle;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Covered ICD-10-CM group paragraphs: <see cref="LcdArticleIcd10GroupRow"/> rows in table <c>lcd_article_icd10_group</c>.</summary>
internal static class LcdArticleIcd10GroupTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleIcd10GroupRow> Map { get; } = new("lcd_article_icd10_group",
    [
        ("article_id", r => r.ArticleId),
        ("article_version", r => r.ArticleVersion),
        ("covered_group", r => r.Group),
        ("paragraph", r => r.Paragraph),
        ("asterisk", r => r.Asterisk),
    ]);
}
