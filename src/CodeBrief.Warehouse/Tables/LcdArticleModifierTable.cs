using CodeBrief.Ingest.LcdArticle;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Article CPT/HCPCS modifiers: <see cref="LcdArticleModifierRow"/> rows in table <c>lcd_article_modifier</c>.</summary>
internal static class LcdArticleModifierTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleModifierRow> Map { get; } = new("lcd_article_modifier",
    [
        ("article_id", r => r.ArticleId),
        ("article_version", r => r.ArticleVersion),
        ("modifier", r => r.Modifier),
        ("modifier_group", r => r.ModifierGroup),
        ("description", r => r.Description),
    ]);
}
