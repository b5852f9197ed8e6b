namespace CodeBrief.Ingest.Tic;

/// <summary>One <c>reporting_plans</c> entry of a table-of-contents file.</summary>
/// <param name="PlanName">The plan name.</param>
/// <param name="PlanIdType"><c>ein</c> or <c>hios</c>, lower case.</param>
/// <param name="PlanId">The EIN or HIOS id.</param>
/// <param name="PlanMarketType"><c>group</c> or <c>individual</c>.</param>
/// <param name="IssuerName">The issuer; null when absent.</param>
public sealed record TocPlan(string? PlanName, string? PlanIdType, string? PlanId, string? PlanMarketType, string? IssuerName);
