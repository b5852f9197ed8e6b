using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>A covered ICD-10-CM group of an article: its number and the paragraph the article prints above its codes.</summary>
/// <param name="Group">The group number (the covered codes' <c>icd10_covered_group</c>).</param>
/// <param name="Paragraph">The paragraph as published.</param>
/// <param name="Source">The <c>article_x_icd10_covered_group</c> row.</param>
public sealed record ArticleGroupEvidence(string Group, string Paragraph, SourceRef Source);

/// <summary>A CPT/HCPCS modifier an article lists.</summary>
/// <param name="Modifier">The two-character modifier.</param>
/// <param name="Description">The description as published, or null.</param>
/// <param name="Source">The <c>article_x_hcpc_modifier</c> row.</param>
public sealed record ArticleModifierEvidence(string Modifier, string? Description, SourceRef Source);
