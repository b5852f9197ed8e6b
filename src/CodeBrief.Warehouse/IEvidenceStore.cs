using CodeBrief.Warehouse.Evidence;

namespace CodeBrief.Warehouse;

/// <summary>Evidence of how a code is billed: Medicare utilization, the specialty crosswalk, coverage articles, user crosswalks.</summary>
/// <remarks>A warehouse without the evidence tables answers with empty results.</remarks>
public interface IEvidenceStore
{
    /// <summary>National Medicare utilization of <paramref name="code"/>, newest data year first, facility before office.</summary>
    IReadOnlyList<UtilizationEvidence> NationalUtilization(string code);

    /// <summary>Provider types that billed <paramref name="code"/>, most services first, with their NUCC taxonomies.</summary>
    IReadOnlyList<ProviderTypeEvidence> ProviderTypes(string code);

    /// <summary>The NUCC taxonomies the current CMS specialty crosswalk maps Medicare specialty <paramref name="specialtyCode"/> to
    /// (every row of the specialty, in file order, confirmed by the NUCC file); empty when no crosswalk is loaded.</summary>
    IReadOnlyList<TaxonomyEvidence> TaxonomiesOfSpecialty(string specialtyCode);

    /// <summary>Diagnoses related to <paramref name="code"/>, split by whether the loaded ICD-10-CM file confirms them.</summary>
    DiagnosisFindings Diagnoses(string code);
}
