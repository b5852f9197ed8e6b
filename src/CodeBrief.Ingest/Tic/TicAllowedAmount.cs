namespace CodeBrief.Ingest.Tic;

/// <summary>One out-of-network allowed amount, with one billed charge and its NPIs (one fact per <c>providers</c> entry).</summary>
/// <param name="ItemIndex">0-based index in <c>out_of_network</c>.</param>
/// <param name="BillingCode">Upper case.</param>
/// <param name="BillingCodeType">Upper case.</param>
/// <param name="TinType"><c>ein</c> or <c>npi</c>.</param>
/// <param name="TinValue">The TIN as given.</param>
/// <param name="ServiceCodes">Place-of-service codes sorted and joined with <c>,</c>.</param>
/// <param name="BillingClass">Lower case.</param>
/// <param name="Setting">2.x setting; null in 1.x.</param>
/// <param name="AllowedAmount">Exact decimal text, dollars.</param>
/// <param name="Modifiers">Sorted and joined with <c>,</c>.</param>
/// <param name="BilledCharge">Exact decimal text, dollars; null when the payment lists no providers.</param>
/// <param name="Npis">NPIs joined with <c>,</c>; empty when none.</param>
public sealed record TicAllowedAmount(int ItemIndex, string BillingCode, string BillingCodeType, string? TinType, string? TinValue,
    string ServiceCodes, string? BillingClass, string? Setting, string AllowedAmount, string Modifiers, string? BilledCharge, string Npis);
