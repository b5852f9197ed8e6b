using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.AscAddenda;

/// <summary>One code of ASC Addendum AA (covered surgical procedures) or BB (covered ancillary services); the short
/// descriptor is not kept (AMA text for CPT codes).</summary>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Addendum"><c>AA</c> or <c>BB</c>.</param>
/// <param name="MultipleProcedureDiscount">AA's "subject to multiple procedure discounting" flag (<c>Y</c>/<c>N</c>); null in BB.</param>
/// <param name="PaymentIndicator">ASC payment indicator (<c>A2</c>, <c>G2</c>, <c>N1</c>…).</param>
/// <param name="PaymentWeight">The ASC payment weight, or null.</param>
/// <param name="PaymentRate">The national unadjusted ASC payment rate, dollars, or null.</param>
/// <param name="Source">The addendum row.</param>
public sealed record AscRateRow(string Code, string Addendum, string? MultipleProcedureDiscount, string PaymentIndicator,
    decimal? PaymentWeight, decimal? PaymentRate, SourceRef Source);
