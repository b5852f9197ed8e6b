using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>Why a diagnosis is related to a procedure code: one coverage-article row or one user-crosswalk row.</summary>
/// <param name="Kind"><c>lcd-article</c> or <c>user-crosswalk</c>.</param>
/// <param name="ArticleId">The article as MCD displays it (<c>A59915</c>); null for the user crosswalk.</param>
/// <param name="ArticleVersion">The article's version; null for the user crosswalk.</param>
/// <param name="Group">The article's covered-code group; null when none or for the user crosswalk.</param>
/// <param name="Note">The user crosswalk's note, or the article's description of the code.</param>
/// <param name="Source">The row naming the diagnosis (<c>article_x_icd10_covered</c> or the crosswalk).</param>
/// <param name="Link">For articles, the <c>article_x_hcpc_code</c> row tying the procedure code to the article; else null.</param>
public sealed record DiagnosisBasis(
    string Kind, string? ArticleId, string? ArticleVersion, string? Group, string? Note, SourceRef Source, SourceRef? Link);
