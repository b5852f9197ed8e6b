namespace CodeBrief.Ingest.Tic;

/// <summary>One provider group (a TIN and its NPIs) of a provider reference used by at least one kept rate.</summary>
/// <param name="GroupId">The <c>provider_group_id</c> as text, or <c>inline:ITEM:RATE</c> for inline groups.</param>
/// <param name="NetworkNames">2.x <c>network_name</c> joined with <c>|</c>; null when absent.</param>
/// <param name="Npis">NPIs as 10-digit text; the placeholder <c>0</c> (TIN-only contracts) is left out.</param>
/// <param name="TinType"><c>ein</c> or <c>npi</c>, lower case.</param>
/// <param name="TinValue">The TIN as given.</param>
/// <param name="BusinessName">The TIN's business name; null when absent.</param>
public sealed record TicProviderGroup(
    string GroupId,
    string? NetworkNames,
    IReadOnlyList<string> Npis,
    string? TinType,
    string? TinValue,
    string? BusinessName);
