using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.OppsAddendumB;

/// <summary>One code of OPPS Addendum B (the short descriptor is not kept: for CPT codes it is AMA text).</summary>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="StatusIndicator">OPPS payment status indicator (<c>J1</c>, <c>T</c>, <c>N</c>…).</param>
/// <param name="Apc">Ambulatory Payment Classification, or null when the code has none.</param>
/// <param name="RelativeWeight">The APC's relative weight, or null.</param>
/// <param name="PaymentRate">The national unadjusted payment rate, dollars, or null.</param>
/// <param name="NationalCopayment">The national unadjusted copayment, dollars, or null.</param>
/// <param name="MinimumCopayment">The minimum unadjusted copayment, dollars, or null.</param>
/// <param name="Source">The Addendum B row.</param>
public sealed record OppsRateRow(string Code, string StatusIndicator, string? Apc, decimal? RelativeWeight, decimal? PaymentRate,
    decimal? NationalCopayment, decimal? MinimumCopayment, SourceRef Source);
