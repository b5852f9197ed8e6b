using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One ICD-10-CM code that a Medicare billing-and-coding article lists as NOT supporting medical necessity
/// (<c>article_x_icd10_noncovered</c>); the same fields as <see cref="LcdArticleIcd10Row"/>, in its own table.</summary>
/// <param name="ArticleId">Article number, digits only.</param>
/// <param name="ArticleVersion">Article version number.</param>
/// <param name="Icd10Code">ICD-10-CM code without its dot, upper case.</param>
/// <param name="Icd10CodeVersion">Version of the code in the article, or null.</param>
/// <param name="NoncoveredGroup">Non-covered group number, or null.</param>
/// <param name="Range">Range flag as published, or null.</param>
/// <param name="SortOrder">Sort order within the group, or null.</param>
/// <param name="Description">Code description as published, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleIcd10NoncoveredRow(string ArticleId, string ArticleVersion, string Icd10Code, string? Icd10CodeVersion,
    string? NoncoveredGroup, string? Range, string? SortOrder, string? Description, SourceRef Source)
{
    /// <summary>The non-covered row read by <see cref="LcdArticleIcd10Reader"/> (whose group field holds the non-covered group).</summary>
    internal static LcdArticleIcd10NoncoveredRow From(LcdArticleIcd10Row r) =>
        new(r.ArticleId, r.ArticleVersion, r.Icd10Code, r.Icd10CodeVersion, r.CoveredGroup, r.Range, r.SortOrder, r.Description, r.Source);
}
