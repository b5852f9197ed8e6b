namespace CodeBrief.Verify.Page;

/// <summary>The code set a token is checked against, implied by its column header or its shape.</summary>
public enum CodeSet
{
    /// <summary>CPT (any category) or HCPCS Level II procedure code.</summary>
    Procedure,
    /// <summary>ICD-10-CM diagnosis code.</summary>
    Icd10Cm,
    /// <summary>NUCC Health Care Provider Taxonomy code.</summary>
    Taxonomy,
    /// <summary>Procedure-code modifier (CPT Level I or HCPCS Level II).</summary>
    Modifier,
}
