using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.AspPricing;

/// <summary>One code of the ASP drug pricing file.</summary>
/// <param name="Code">HCPCS code (mostly Level II: J, Q, C codes; a few CPT vaccine codes).</param>
/// <param name="ShortDescription">The file's short description, kept only for HCPCS Level II codes (CPT text is AMA's); null otherwise.</param>
/// <param name="Dosage">The HCPCS code dosage the limit is per (<c>10 MG</c>).</param>
/// <param name="PaymentLimit">The Part B payment limit per dosage, dollars, or null when blank.</param>
/// <param name="Source">The file row.</param>
public sealed record AspPriceRow(string Code, string? ShortDescription, string Dosage, decimal? PaymentLimit, SourceRef Source);
