using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A Medicare billing-and-coding article whose code list names the code: what it is and how many diagnoses it lists.</summary>
/// <param name="ArticleId">The article as MCD displays it (<c>A52399</c>).</param>
/// <param name="Version">The article version.</param>
/// <param name="Title">Title from the loaded article list, or null when the list is not loaded or lacks the version.</param>
/// <param name="Contractor">The contractor(s) and contract types as the article list names them, or null.</param>
/// <param name="EffectiveDate">Effective date as published (<c>MM/DD/YYYY</c>), or null.</param>
/// <param name="Url">The article's page on the MCD website, or null.</param>
/// <param name="Covered">Distinct covered ICD-10-CM codes the article lists.</param>
/// <param name="CoveredInCodeSet">How many of them the loaded ICD-10-CM code set confirms.</param>
/// <param name="Noncovered">The codes the article lists as not supporting medical necessity.</param>
/// <param name="Link">The article's CPT/HCPCS row naming the code.</param>
/// <param name="Listing">The article-list row, or null.</param>
public sealed record CoverageArticleFact(string ArticleId, string Version, string? Title, string? Contractor, string? EffectiveDate, string? Url,
    int Covered, int CoveredInCodeSet, IReadOnlyList<NoncoveredDiagnosisFact> Noncovered, SourceRef Link, SourceRef? Listing)
{
    /// <summary>The article's jurisdiction as the article list gives it (its primary-jurisdiction states), or null when the
    /// list gives none (an article list without the column, or no list row).</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>The article's covered ICD-10-CM groups that have a loaded paragraph, each with the covered codes listed under it.</summary>
    public IReadOnlyList<CoveredGroupFact> CoveredGroups { get; init; } = [];

    /// <summary>The CPT/HCPCS modifiers the article lists; empty when none are loaded.</summary>
    public IReadOnlyList<ArticleModifierFact> Modifiers { get; init; } = [];
}

/// <summary>A covered ICD-10-CM group of an article: the paragraph it prints and the covered codes it lists under it.</summary>
/// <param name="Group">The group number.</param>
/// <param name="Paragraph">The paragraph as published.</param>
/// <param name="Codes">The covered codes (with their dot) the article lists in the group, in the order the diagnoses are listed.</param>
/// <param name="Source">The group-paragraph row.</param>
public sealed record CoveredGroupFact(string Group, string Paragraph, IReadOnlyList<string> Codes, SourceRef Source);

/// <summary>A CPT/HCPCS modifier an article lists.</summary>
/// <param name="Modifier">The two-character modifier.</param>
/// <param name="Description">The description as published, or null.</param>
/// <param name="Source">The modifier row.</param>
public sealed record ArticleModifierFact(string Modifier, string? Description, SourceRef Source);

/// <summary>An ICD-10-CM code an article lists as NOT supporting medical necessity for the code.</summary>
/// <param name="Code">The code with its dot.</param>
/// <param name="Description">The ICD-10-CM file's description, else the article's, or null.</param>
/// <param name="Billable">The ICD-10-CM file's billable flag; null when the loaded code set lacks the code.</param>
/// <param name="Source">The article's non-covered row.</param>
/// <param name="CodeSet">The ICD-10-CM row, or null when the loaded code set lacks the code.</param>
public sealed record NoncoveredDiagnosisFact(string Code, string? Description, bool? Billable, SourceRef Source, SourceRef? CodeSet);

/// <summary>Why an evidence section of the dossier is empty.</summary>
public static class EvidenceGap
{
    /// <summary>The source was never fetched and loaded (or the fetch failed, for example offline).</summary>
    public const string NotFetched = "not-fetched";

    /// <summary>The articles' diagnoses are loaded but not their CPT/HCPCS code lists (the AMA licence was not accepted).</summary>
    public const string CodeListsMissing = "code-lists-missing";

    /// <summary>The source is loaded and nothing in it names the code.</summary>
    public const string NotListed = "not-listed";
}
