using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>One Medicare provider type that billed the code, from the "by Provider and Service" utilization file.</summary>
/// <param name="ProviderType">The provider type as CMS prints it.</param>
/// <param name="Year">The data year (the file's version).</param>
/// <param name="Services">Services the type billed (sum over its rows).</param>
/// <param name="Beneficiaries">Sum of the rows' beneficiary counts (a person seen by two providers counts twice); null when no row gives it.</param>
/// <param name="SharePercent">The type's share of all services for the code in the file, in percent, one decimal.</param>
/// <param name="Providers">Distinct rendering NPIs of the type.</param>
/// <param name="TaxonomyCodes">NUCC codes the CMS crosswalk maps the type to (only codes in the loaded NUCC file).</param>
/// <param name="Source">The provider file; the row is 0 because the figures add up <paramref name="Rows"/> rows.</param>
/// <param name="Rows">How many rows were added up.</param>
public sealed record ProviderTypeFact(string ProviderType, string Year, decimal Services, decimal? Beneficiaries, decimal SharePercent,
    int Providers, IReadOnlyList<string> TaxonomyCodes, SourceRef Source, int Rows);
