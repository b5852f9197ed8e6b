using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>One HCPCS Level II code record (RECID 3) of the CMS HCPCS file, as loaded.</summary>
/// <remarks>Multi-valued fields (PRICE1–4, TOS1–5, LABCERT1–8, XREF1–5) are joined with commas in column order, blanks left out.</remarks>
/// <param name="Code">The code, upper case (<c>G0008</c>).</param>
/// <param name="LongDescription">Long descriptor; empty when the file has none.</param>
/// <param name="ShortDescription">Short descriptor; empty when the file has none.</param>
/// <param name="PricingIndicator">Pricing indicator code(s) (PRICE1–4), or null.</param>
/// <param name="MultiplePricingIndicator">Multiple pricing indicator (MULT_PI), or null.</param>
/// <param name="Coverage">Coverage code (C, D, I, M, S), or null.</param>
/// <param name="Betos">BETOS code, or null.</param>
/// <param name="TypeOfService">Type-of-service code(s), or null.</param>
/// <param name="LabCertification">Lab certification code(s) (LABCERT1–8), or null.</param>
/// <param name="CrossReference">The code this one is cross-referenced to (often its replacement), or null.</param>
/// <param name="Statute">Statute number, or null.</param>
/// <param name="AddDate">Date added (YYYYMMDD), or null.</param>
/// <param name="EffectiveDate">Action effective date (YYYYMMDD), or null.</param>
/// <param name="TerminationDate">Termination date (YYYYMMDD), or null while the code is active.</param>
/// <param name="ActionCode">Action code of the release (A added, C changed, D discontinued, …), or null.</param>
/// <param name="Source">The file row.</param>
public sealed record HcpcsRow(string Code, string LongDescription, string ShortDescription, string? PricingIndicator,
    string? MultiplePricingIndicator, string? Coverage, string? Betos, string? TypeOfService, string? LabCertification,
    string? CrossReference, string? Statute, string? AddDate, string? EffectiveDate, string? TerminationDate, string? ActionCode,
    SourceRef Source);
