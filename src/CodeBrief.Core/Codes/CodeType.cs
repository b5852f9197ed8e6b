namespace CodeBrief.Core.Codes;

/// <summary>The code set a procedure code belongs to, read from its shape.</summary>
public enum CodeType
{
    /// <summary>CPT Category I: five digits, or four digits and <c>A</c> for vaccine codes (AMA).</summary>
    CptCategoryI,
    /// <summary>CPT Category II performance-measurement code: four digits and <c>F</c>.</summary>
    CptCategoryII,
    /// <summary>CPT Category III emerging-technology code: four digits and <c>T</c>.</summary>
    CptCategoryIII,
    /// <summary>CPT Proprietary Laboratory Analyses code: four digits and <c>U</c>.</summary>
    CptPla,
    /// <summary>CPT Multianalyte Assay with Algorithmic Analyses code: four digits and <c>M</c>.</summary>
    CptMaaa,
    /// <summary>HCPCS Level II: a letter and four digits (CMS).</summary>
    HcpcsLevelII,
}
