namespace CodeBrief.Dossier.Rules;

/// <summary>
/// What a modifier rule rests on. File-backed bases name a loaded file whose row the brief cites; <see cref="CmsManual"/> is
/// an editorial reading of a CMS manual section, for CPT Level I modifiers whose wording is AMA text no loaded file holds.
/// </summary>
public static class RuleBasis
{
    /// <summary>A PFS RVU file indicator value (RVU record layout).</summary>
    public const string PfsIndicator = "pfs-indicator";

    /// <summary>A row of the loaded HCPCS Level II modifier file.</summary>
    public const string HcpcsModifierFile = "hcpcs-modifier-file";

    /// <summary>The Clinical Laboratory Fee Schedule: the code's row, or its row with the modifier.</summary>
    public const string Clfs = "clfs";

    /// <summary>The DMEPOS fee schedule's modifier column: the code is priced with the modifier.</summary>
    public const string DmeposModifier = "dmepos-modifier";

    /// <summary>An NCCI edit naming the code (PTP modifier indicator).</summary>
    public const string NcciEdit = "ncci-edit";

    /// <summary>A CMS manual chapter and section, read and summarised in CodeBrief's own words: editorial.</summary>
    public const string CmsManual = "cms-manual (editorial)";

    /// <summary>True for the one editorial basis.</summary>
    public static bool IsEditorial(string basis) => basis == CmsManual;
}
