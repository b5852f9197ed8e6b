namespace CodeBrief.Ingest.Tic;

/// <summary>The root scalar fields of a TiC file (plan, publisher, version); null where the file lacks them.</summary>
/// <remarks><c>LastUpdatedOn</c> is an ISO date as normalised by the reader; null when missing or unreadable.</remarks>
public sealed record TicFileHeader(
    string? ReportingEntityName,
    string? ReportingEntityType,
    string? IssuerName,
    string? PlanName,
    string? PlanIdType,
    string? PlanId,
    string? PlanSponsorName,
    string? PlanMarketType,
    string? LastUpdatedOn,
    string? Version);
