using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One ICD-10-CM code that a Medicare billing-and-coding article lists as covered (<c>article_x_icd10_covered</c>).</summary>
/// <param name="ArticleId">Article number, digits only (<c>59915</c>, shown as A59915).</param>
/// <param name="ArticleVersion">Article version number.</param>
/// <param name="Icd10Code">ICD-10-CM code without its dot, upper case (<c>E119</c>).</param>
/// <param name="Icd10CodeVersion">Version of the code in the article, or null.</param>
/// <param name="CoveredGroup">Covered group number, or null.</param>
/// <param name="Range">Range flag as published, or null.</param>
/// <param name="SortOrder">Sort order within the group, or null.</param>
/// <param name="Description">Code description as published, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleIcd10Row(string ArticleId, string ArticleVersion, string Icd10Code, string? Icd10CodeVersion,
    string? CoveredGroup, string? Range, string? SortOrder, string? Description, SourceRef Source);
