namespace CodeBrief.Verify.Checks;

/// <summary>
/// The catalogue ids of the datasets verify reads, as their readers in <c>CodeBrief.Ingest</c> name them
/// (<c>IReferenceFormat.Dataset</c>); a test checks each against <c>ReferenceFormats.All</c>.
/// </summary>
internal static class Datasets
{
    public const string Nucc = "nucc";
    public const string Icd10Cm = "icd10cm";
    public const string Hcpcs = "hcpcs";
    public const string HcpcsModifiers = "hcpcs-modifiers";
    public const string Clfs = "clfs";
    public const string PfsRvu = "pfs-rvu";
    public const string PfsGpci = "pfs-gpci";
    public const string NcciAddOn = "ncci-aoc";
    public const string NcciPtp = "ncci-ptp";
    public const string NcciMue = "ncci-mue";
    public const string Dmepos = "dmepos";
    public const string OppsAddendumB = "opps-addb";
    public const string AscAddenda = "asc";
    public const string Asp = "asp";

    /// <summary>Every dataset that names CPT/HCPCS procedure codes.</summary>
    public static readonly string[] Procedure = [Hcpcs, PfsRvu, Clfs, NcciAddOn, NcciPtp, NcciMue];
}
