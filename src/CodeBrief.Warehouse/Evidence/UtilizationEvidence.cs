using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>National Medicare Part B utilization of a code for one data year and place of service.</summary>
/// <param name="Year">The data year: the version of the "by Geography and Service" file (<c>2022</c>).</param>
/// <param name="PlaceOfService"><c>F</c> facility or <c>O</c> office and other non-facility settings.</param>
/// <param name="Services">Total services (<c>Tot_Srvcs</c>); may be fractional for drug units.</param>
/// <param name="Beneficiaries">Distinct beneficiaries (<c>Tot_Benes</c>); null when the file leaves it blank.</param>
/// <param name="AverageAllowed">Average Medicare allowed amount per service, dollars (<c>Avg_Mdcr_Alowd_Amt</c>).</param>
/// <param name="Providers">Rendering providers (<c>Tot_Rndrng_Prvdrs</c>); null when blank.</param>
/// <param name="Source">The National row it came from.</param>
public sealed record UtilizationEvidence(
    string Year, string PlaceOfService, decimal Services, decimal? Beneficiaries, decimal AverageAllowed, decimal? Providers,
    SourceRef Source);
