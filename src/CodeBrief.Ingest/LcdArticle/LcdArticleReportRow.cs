using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>One document of the Coverage API's local coverage report (<c>/v1/reports/local-coverage-articles/</c>): an
/// article's title, contractor, version and dates, as the report lists it.</summary>
/// <param name="DocumentId">The number the API takes (<c>52399</c>), digits only.</param>
/// <param name="DisplayId">The id as MCD displays it (<c>A52399</c>).</param>
/// <param name="DocumentType"><c>Article</c> or <c>LCD</c>, or null.</param>
/// <param name="Version">The document version.</param>
/// <param name="Title">The title.</param>
/// <param name="Contractor">The contractor's business name and contract types as the report prints them (line breaks as spaces).</param>
/// <param name="EffectiveDate">Effective date as published (<c>MM/DD/YYYY</c>), or null.</param>
/// <param name="RetirementDate">Retirement date as published (<c>N/A</c> when none), or null.</param>
/// <param name="Url">The document's page on the MCD website, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record LcdArticleReportRow(string DocumentId, string DisplayId, string? DocumentType, string Version, string Title,
    string Contractor, string? EffectiveDate, string? RetirementDate, string? Url, SourceRef Source)
{
    /// <summary>The article's jurisdiction: its primary-jurisdiction states as the Coverage API names them ("; " between them),
    /// from the report's <c>jurisdiction</c> column that <c>data fetch --live coverage</c> adds; null when the file has none.</summary>
    public string? Jurisdiction { get; init; }
}
