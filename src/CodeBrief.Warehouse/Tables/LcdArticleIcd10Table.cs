using CodeBrief.Ingest.LcdArticle;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>LCD article covered ICD-10-CM codes: <see cref="LcdArticleIcd10Row"/> rows in table <c>lcd_article_icd10</c>.</summary>
internal static class LcdArticleIcd10Table
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleIcd10Row> Map { get; } = new("lcd_article_icd10",
    [
        ("article_id", r => r.ArticleId),
        ("article_version", r => r.ArticleVersion),
        ("icd10_code", r => r.Icd10Code),
        ("icd10_code_version", r => r.Icd10CodeVersion),
        ("covered_group", r => r.CoveredGroup),
        ("range", r => r.Range),
        ("sort_order", r => r.SortOrder),
        ("description", r => r.Description),
    ]);
}
