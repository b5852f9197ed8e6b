using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One covered ICD-10-CM group of a Medicare billing-and-coding article: the paragraph the article prints above the
/// group's codes (<c>article_x_icd10_covered_group</c>, the Coverage API's <c>icd10-covered-group</c>).</summary>
/// <param name="ArticleId">Article number, digits only.</param>
/// <param name="ArticleVersion">Article version number.</param>
/// <param name="Group">The group number, as the covered codes' <c>icd10_covered_group</c> gives it.</param>
/// <param name="Paragraph">The group's paragraph as published (it may hold HTML markup).</param>
/// <param name="Asterisk">The group's asterisk text, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleIcd10GroupRow(string ArticleId, string ArticleVersion, string Group, string Paragraph, string? Asterisk, SourceRef Source);
