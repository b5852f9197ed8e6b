using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>National Medicare Part B utilization of the code for one data year and place of service.</summary>
/// <param name="Year">The data year of the "by Geography and Service" file.</param>
/// <param name="PlaceOfService"><c>F</c> or <c>O</c>, as the file prints it.</param>
/// <param name="Setting">The place of service in words.</param>
/// <param name="Services">Total services.</param>
/// <param name="Beneficiaries">Distinct beneficiaries; null when the file leaves it blank.</param>
/// <param name="AverageAllowed">Average Medicare allowed amount per service, as published (more than two decimals).</param>
/// <param name="AverageAllowedCents"><paramref name="AverageAllowed"/> rounded half away from zero to cents, as printed.</param>
/// <param name="Providers">Rendering providers; null when blank.</param>
/// <param name="Source">The National row.</param>
public sealed record UtilizationFact(string Year, string PlaceOfService, string Setting, decimal Services, decimal? Beneficiaries,
    decimal AverageAllowed, Money AverageAllowedCents, decimal? Providers, SourceRef Source);
