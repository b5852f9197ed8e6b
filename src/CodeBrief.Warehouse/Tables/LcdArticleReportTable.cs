using CodeBrief.Ingest.LcdArticle;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The local coverage article list: <see cref="LcdArticleReportRow"/> rows in table <c>lcd_article</c>.</summary>
internal static class LcdArticleReportTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<LcdArticleReportRow> Map { get; } = new("lcd_article",
    [
        ("article_id", r => r.DocumentId),
        ("display_id", r => r.DisplayId),
        ("document_type", r => r.DocumentType),
        ("article_version", r => r.Version),
        ("title", r => r.Title),
        ("contractor", r => r.Contractor),
        ("effective_date", r => r.EffectiveDate),
        ("retirement_date", r => r.RetirementDate),
        ("url", r => r.Url),
        ("jurisdiction", r => r.Jurisdiction),
    ]);
}
