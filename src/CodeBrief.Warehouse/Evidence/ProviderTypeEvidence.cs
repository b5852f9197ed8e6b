using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Evidence;

/// <summary>
/// One Medicare provider type that billed a code in a "by Provider and Service" file, with its totals over the
/// file's rows for that code and the NUCC taxonomy codes the CMS crosswalk maps it to.
/// </summary>
/// <param name="ProviderType">The provider type as CMS prints it (<c>Internal Medicine</c>, <c>Clinical Laboratory</c>).</param>
/// <param name="Services">Sum of <c>Tot_Srvcs</c> over the type's rows.</param>
/// <param name="Beneficiaries">Sum of <c>Tot_Benes</c> over the type's rows: a beneficiary seen by several providers counts
/// once per provider, so this is not a count of distinct people. Null when no row gives it.</param>
/// <param name="AllowedAmount">Total Medicare allowed amount in dollars: the sum of <c>Avg_Mdcr_Alowd_Amt × Tot_Srvcs</c>.</param>
/// <param name="Providers">Distinct rendering NPIs of this type.</param>
/// <param name="Share">The type's services divided by all services for the code in the same file, 0 to 1, rounded to 4 places.</param>
/// <param name="Taxonomies">NUCC taxonomy codes for the type (only codes present in the loaded NUCC file); empty when the
/// crosswalk has no specialty matching the type, or none of its codes is in the NUCC file.</param>
/// <param name="Source">The provider file; <see cref="SourceRef.Row"/> is 0 because the figures add up <paramref name="Rows"/> rows.</param>
/// <param name="Rows">How many rows of the file were added up.</param>
public sealed record ProviderTypeEvidence(
    string ProviderType, decimal Services, decimal? Beneficiaries, decimal AllowedAmount, int Providers, decimal Share,
    IReadOnlyList<TaxonomyEvidence> Taxonomies, SourceRef Source, int Rows);
