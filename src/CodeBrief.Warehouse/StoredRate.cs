namespace CodeBrief.Warehouse;

/// <summary>One stored fee-for-service rate of a code and who it applies to.</summary>
/// <param name="SourceId">The payer file (<c>sources.id</c>).</param>
/// <param name="Payer">Reporting entity name.</param>
/// <param name="IsSynthetic">True for a file made by <c>codebrief synth</c>.</param>
/// <param name="BillingClass">professional, institutional or empty.</param>
/// <param name="Setting">Service setting as stored.</param>
/// <param name="PlaceOfServiceSet">Place-of-service codes as stored (comma-separated ranges).</param>
/// <param name="Modifiers">Billing code modifiers as stored.</param>
/// <param name="NegotiatedType">negotiated, fee schedule, percentage, per diem, derived.</param>
/// <param name="Rate">The rate: dollars, or a percentage for percentage rates.</param>
/// <param name="GroupIds">Provider groups the rate applies to, keyed per file (<c>source:group</c>).</param>
/// <param name="Npis">NPIs of those groups.</param>
/// <param name="Tins">TINs of those groups.</param>
public sealed record StoredRate(long SourceId, string Payer, bool IsSynthetic, string BillingClass, string Setting, string PlaceOfServiceSet,
    string Modifiers, string NegotiatedType, decimal Rate, IReadOnlyList<string> GroupIds, IReadOnlyList<string> Npis, IReadOnlyList<string> Tins);
