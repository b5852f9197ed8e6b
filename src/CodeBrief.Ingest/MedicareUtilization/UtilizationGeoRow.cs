using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>One row of "Medicare Physician &amp; Other Practitioners – by Geography and Service": a code in one place of
/// service, nationally or in one state, for the file's data year.</summary>
/// <remarks>Counts may be fractional in the published file and are kept as decimals; amounts are dollars. A null count or
/// amount was blank in the file (CMS suppresses small cells).</remarks>
/// <param name="GeoLevel"><c>National</c> or <c>State</c>.</param>
/// <param name="GeoCode">State FIPS code, or null for national rows.</param>
/// <param name="GeoDescription">State name (<c>National</c> for national rows), or null.</param>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Description">HCPCS description as published, or null.</param>
/// <param name="DrugIndicator"><c>Y</c> when the code is a drug on the ASP file, <c>N</c> otherwise, or null.</param>
/// <param name="PlaceOfService"><c>F</c> facility or <c>O</c> office (non-facility).</param>
/// <param name="Providers">Rendering providers.</param>
/// <param name="Beneficiaries">Distinct beneficiaries.</param>
/// <param name="Services">Services.</param>
/// <param name="BeneficiaryDayServices">Distinct beneficiary/per-day services.</param>
/// <param name="AverageSubmittedCharge">Average submitted charge.</param>
/// <param name="AverageAllowed">Average Medicare allowed amount.</param>
/// <param name="AveragePayment">Average Medicare payment.</param>
/// <param name="AverageStandardized">Average standardized Medicare payment.</param>
/// <param name="Source">The file row.</param>
public sealed record UtilizationGeoRow(string GeoLevel, string? GeoCode, string? GeoDescription, string Code, string? Description,
    string? DrugIndicator, string PlaceOfService, decimal? Providers, decimal? Beneficiaries, decimal? Services,
    decimal? BeneficiaryDayServices, decimal? AverageSubmittedCharge, decimal? AverageAllowed, decimal? AveragePayment,
    decimal? AverageStandardized, SourceRef Source);
