using CodeBrief.Ingest.LcdArticle;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>LCD article HCPCS codes: <see cref="LcdArticleHcpcRow"/> rows in table <c>lcd_article_hcpc</c>.</summary>
internal static class LcdArticleHcpcTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleHcpcRow> Map { get; } = new("lcd_article_hcpc",
    [
        ("article_id", r => r.ArticleId),
        ("article_version", r => r.ArticleVersion),
        ("code", r => r.Code),
        ("code_group", r => r.CodeGroup),
        ("range", r => r.Range),
        ("long_description", r => r.LongDescription),
    ]);
}
