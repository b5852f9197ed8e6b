namespace CodeBrief.Verify.Text;

/// <summary>
/// The small word lists <see cref="Terms"/> uses. The abbreviations are those of CMS short descriptors (PFS, CLFS,
/// HCPCS), which print <c>us</c>, <c>dx</c>, <c>tis</c>, <c>addl</c> where pages spell words out.
/// </summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["us"] = "ultrasound", ["echo"] = "ultrasound", ["ultrasonic"] = "ultrasound", ["ultrasonography"] = "ultrasound",
        ["sonography"] = "ultrasound", ["sonographic"] = "ultrasound", ["duplex"] = "duplex",
        ["dx"] = "diagnostic", ["tx"] = "treatment", ["quan"] = "quantitative", ["quant"] = "quantitative", ["qual"] = "qualitative",
        ["tis"] = "tissue", ["charac"] = "characterization", ["addl"] = "additional", ["ea"] = "each", ["exam"] = "examination",
        ["guide"] = "guidance", ["abdom"] = "abdomen", ["abdominal"] = "abdomen", ["bx"] = "biopsy", ["inj"] = "injection",
        ["interp"] = "interpretation", ["eval"] = "evaluation", ["img"] = "imaging", ["spec"] = "specimen",
        ["surgical"] = "surgery", ["surgeon"] = "surgery", ["radiologist"] = "radiology", ["radiological"] = "radiology",
        ["anesthesiologist"] = "anesthesiology", ["anesthesia"] = "anesthesiology", ["internist"] = "internal medicine",
        ["pathologist"] = "pathology", ["cardiologist"] = "cardiology", ["oncologist"] = "oncology", ["psychiatrist"] = "psychiatry",
        ["lab"] = "laboratory", ["labs"] = "laboratory", ["serologic"] = "serology", ["immunologic"] = "immunology",
        ["wbc"] = "white blood cell", ["cbc"] = "complete blood count", ["psa"] = "prostate specific antigen",
        ["dm"] = "diabetes mellitus", ["htn"] = "hypertension", ["ms"] = "mass spectrometry", ["elec"] = "electronic",
        ["scr"] = "screening", ["screen"] = "screening", ["tst"] = "test", ["mntr"] = "monitoring", ["assay"] = "test",
        ["measurement"] = "level", ["measure"] = "level", ["quantification"] = "quantitative",
    };

    /// <summary>Words that carry no meaning for matching a description to its code.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "as", "is", "are", "be", "this", "that",
        "these", "from", "per", "eg", "e", "g", "ie", "i", "etc", "used", "use", "using", "when", "which", "who", "may", "can",
        "other", "only", "its", "it", "into", "including", "include", "includes", "code", "codes", "service", "services",
        "physician", "physicians", "specialist", "specialists", "provider", "providers", "doctor", "type", "not", "than",
        "such", "also", "performed", "done", "report", "reported",
    };

    /// <summary>The expansion of an abbreviation (one or more words), or the word itself.</summary>
    public static string Expand(string word) => Expansions.TryGetValue(word, out var e) ? e : word;
}
