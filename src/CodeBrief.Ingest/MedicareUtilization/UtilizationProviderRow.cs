using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>One row of "Medicare Physician &amp; Other Practitioners – by Provider and Service", narrowed to what
/// provider-type questions need: one rendering NPI, code and place of service.</summary>
/// <param name="Npi">Rendering provider NPI, ten digits.</param>
/// <param name="ProviderType">Rendering provider type as published (<c>Cardiology</c>).</param>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="PlaceOfService"><c>F</c> facility or <c>O</c> office (non-facility).</param>
/// <param name="Beneficiaries">Distinct beneficiaries, or null when blank (suppressed).</param>
/// <param name="Services">Services.</param>
/// <param name="AverageAllowed">Average Medicare allowed amount, dollars.</param>
/// <param name="Source">The file row.</param>
public sealed record UtilizationProviderRow(string Npi, string ProviderType, string Code, string PlaceOfService, decimal? Beneficiaries,
    decimal? Services, decimal? AverageAllowed, SourceRef Source);
