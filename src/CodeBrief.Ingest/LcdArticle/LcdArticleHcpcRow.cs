using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One CPT/HCPCS code that a Medicare billing-and-coding article applies to (<c>article_x_hcpc_code</c>).</summary>
/// <param name="ArticleId">Article number, digits only.</param>
/// <param name="ArticleVersion">Article version number.</param>
/// <param name="Code">CPT/HCPCS code, upper case.</param>
/// <param name="CodeGroup">Code group number, or null.</param>
/// <param name="Range">Range flag as published, or null.</param>
/// <param name="LongDescription">Long description (AMA text for CPT codes, shown only because the user loaded it), or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleHcpcRow(string ArticleId, string ArticleVersion, string Code, string? CodeGroup, string? Range,
    string? LongDescription, SourceRef Source);
