namespace CodeBrief.Ingest.Tic;

/// <summary>One <c>negotiated_prices</c> entry, normalised.</summary>
/// <remarks>A struct: a file has millions of prices, and the reader keeps them in a reused list, so none is allocated.</remarks>
/// <param name="NegotiatedType">Lower case: <c>negotiated</c>, <c>derived</c>, <c>fee schedule</c>, <c>percentage</c>, <c>per diem</c>.</param>
/// <param name="Rate">Exact, without trailing zeros (<c>150</c>, <c>40.5</c>); dollars, or a whole-number percentage when <paramref name="NegotiatedType"/> is <c>percentage</c>.</param>
/// <param name="Expiration">ISO date; <c>9999-12-31</c> means no expiration (the CMS convention); null when missing or a placeholder.</param>
/// <param name="BillingClass">Lower case: <c>professional</c>, <c>institutional</c>, <c>both</c>.</param>
/// <param name="Setting">2.x <c>setting</c> (<c>inpatient</c>, <c>outpatient</c>, <c>both</c>); null in 1.x files.</param>
/// <param name="ServiceCodes">Place-of-service codes sorted and joined with <c>,</c>; empty when none.</param>
/// <param name="Modifiers">Billing code modifiers, upper case, sorted and joined with <c>,</c>; empty when none.</param>
/// <param name="AdditionalInformation">Free text; null when missing.</param>
public readonly record struct TicPrice(
    string NegotiatedType,
    decimal Rate,
    string? Expiration,
    string BillingClass,
    string? Setting,
    string ServiceCodes,
    string Modifiers,
    string? AdditionalInformation);
