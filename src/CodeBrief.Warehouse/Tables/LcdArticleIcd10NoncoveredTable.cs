using CodeBrief.Ingest.LcdArticle;

namespace CodeBrief.Warehouse.Tables;

/// <summary>LCD article non-covered ICD-10-CM codes: <see cref="LcdArticleIcd10NoncoveredRow"/> rows in table <c>lcd_article_icd10_nc</c>.</summary>
internal static class LcdArticleIcd10NoncoveredTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleIcd10NoncoveredRow> Map { get; } = new("lcd_article_icd10_nc",
    [
        ("article_id", r => r.ArticleId),
        ("article_version", r => r.ArticleVersion),
        ("icd10_code", r => r.Icd10Code),
        ("icd10_code_version", r => r.Icd10CodeVersion),
        ("noncovered_group", r => r.NoncoveredGroup),
        ("range", r => r.Range),
        ("sort_order", r => r.SortOrder),
        ("description", r => r.Description),
    ]);
}
