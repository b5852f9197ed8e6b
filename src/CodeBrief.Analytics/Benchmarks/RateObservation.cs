namespace CodeBrief.Analytics.Benchmarks;

/// <summary>One stored fee-for-service rate row with the providers it applies to.</summary>
/// <param name="Rate">Dollars, or whole-number percent for percentage rates.</param>
/// <param name="GroupKeys">Provider group keys (<c>source:group</c>) the row applies to.</param>
/// <param name="Npis">NPIs of the resolved groups; empty when unresolved.</param>
/// <param name="Tins">TINs of the resolved groups; empty when unresolved.</param>
public sealed record RateObservation(decimal Rate, IReadOnlyList<string> GroupKeys, IReadOnlyList<string> Npis, IReadOnlyList<string> Tins);
