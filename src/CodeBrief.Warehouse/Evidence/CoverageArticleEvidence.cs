using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>A current billing-and-coding article that lists a procedure code, with what the article list says of it.</summary>
/// <param name="ArticleId">The article as MCD displays it (<c>A52399</c>).</param>
/// <param name="Version">The article version whose code list names the code.</param>
/// <param name="Title">The title from the loaded article list; null when no list row matches the id and version.</param>
/// <param name="Contractors">The contractors the article list names for it (a line each), empty without a list row.</param>
/// <param name="EffectiveDate">The effective date as published (<c>MM/DD/YYYY</c>), or null.</param>
/// <param name="Url">The article's page on the MCD website, or null.</param>
/// <param name="Listing">The article-list row; null when none matches.</param>
/// <param name="Link">The <c>article_x_hcpc_code</c> row naming the procedure code.</param>
/// <param name="Noncovered">The ICD-10-CM codes the article lists as not supporting medical necessity, each checked against the loaded code set.</param>
public sealed record CoverageArticleEvidence(string ArticleId, string Version, string? Title, IReadOnlyList<string> Contractors,
    string? EffectiveDate, string? Url, SourceRef? Listing, SourceRef Link, IReadOnlyList<DiagnosisEvidence> Noncovered)
{
    /// <summary>The jurisdictions (primary-jurisdiction states) the article list gives, one per list row; empty when it gives none.</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>The article's covered ICD-10-CM group paragraphs, in group order; empty when none are loaded.</summary>
    public IReadOnlyList<ArticleGroupEvidence> CoveredGroups { get; init; } = [];

    /// <summary>The CPT/HCPCS modifiers the article lists, in file order; empty when none are loaded.</summary>
    public IReadOnlyList<ArticleModifierEvidence> Modifiers { get; init; } = [];
}
