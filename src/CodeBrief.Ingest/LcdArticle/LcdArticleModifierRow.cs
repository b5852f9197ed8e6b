using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One CPT/HCPCS modifier a Medicare billing-and-coding article lists (<c>article_x_hcpc_modifier</c>, the Coverage
/// API's <c>hcpc-modifier</c>).</summary>
/// <param name="ArticleId">Article number, digits only.</param>
/// <param name="ArticleVersion">Article version number.</param>
/// <param name="Modifier">The two-character modifier, upper case.</param>
/// <param name="ModifierGroup">The article's modifier group number, or null.</param>
/// <param name="Description">The description as published (AMA text for CPT modifiers, shown only because the user loaded it), or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleModifierRow(string ArticleId, string ArticleVersion, string Modifier, string? ModifierGroup, string? Description, SourceRef Source);
