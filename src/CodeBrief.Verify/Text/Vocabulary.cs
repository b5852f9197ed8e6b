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
        ["mod"] = "moderate", ["custom"] = "customized", ["customised"] = "customized", ["customfitted"] = "customized",
        ["customfit"] = "customized", ["hypoglycemics"] = "hypoglycemic", ["psytx"] = "psychotherapy", ["premalg"] = "premalignant", ["premal"] = "premalignant", ["vacc"] = "vaccine",
        ["tangntl"] = "tangential", ["estim"] = "electrical stimulation", ["iontphrsis"] = "iontophoresis", ["mdlty"] = "modality",
        ["appl"] = "application",
    };

    /// <summary>The published synonyms (<c>Text/synonyms.tsv</c>, each line citing its source), read once.</summary>
    public static readonly IReadOnlyDictionary<string, string> Synonyms = LoadSynonyms();

    private static Dictionary<string, string> LoadSynonyms()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("CodeBrief.Verify.synonyms.tsv")
            ?? throw new InvalidOperationException("The synonyms list is not embedded in CodeBrief.Verify.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 3 || cells[2].Trim().Length == 0) throw new InvalidOperationException($"synonyms.tsv: \"{line}\" needs a word, its meaning and a source.");
            map[cells[0].Trim()] = cells[1].Trim();
        }
        return map;
    }

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
    public static string Expand(string word) => Expansions.TryGetValue(word, out var e) ? e : Synonyms.TryGetValue(word, out var s) ? s : word;
}
