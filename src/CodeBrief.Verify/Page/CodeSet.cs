namespace CodeBrief.Verify.Page;

/// <summary>The code set a token is checked against, implied by its column header, its section heading or its shape.</summary>
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
    /// <summary>CMS place-of-service code (two digits); no loaded source lists them.</summary>
    PlaceOfService,
    /// <summary>LOINC observation code (<c>4548-4</c>); not loaded.</summary>
    Loinc,
    /// <summary>SNOMED CT concept id (6 to 18 digits); not loaded.</summary>
    Snomed,
    /// <summary>National Drug Code (<c>0002-7510-01</c>); not loaded.</summary>
    Ndc,
    /// <summary>UB-04 revenue code (<c>0300</c>); not loaded.</summary>
    Revenue,
    /// <summary>NCPDP dispense-as-written code (0 to 9); not loaded.</summary>
    Daw,
    /// <summary>ICD-9-CM diagnosis code (<c>V76.12</c>), retired in 2015 and not loaded; its V and E codes share ICD-10-CM's shape.</summary>
    Icd9Cm,
}
