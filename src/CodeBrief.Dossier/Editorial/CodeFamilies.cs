using CodeBrief.Core.Codes;

namespace CodeBrief.Dossier.Editorial;

/// <summary>
/// Editorial table placing a code in a family: CPT Category I sections and subsections by numeric range (as the CPT book
/// arranges them), CPT Category II/III/PLA/MAAA as their own families, HCPCS Level II categories by first letter.
/// </summary>
public static class CodeFamilies
{
    private sealed record Range(int From, int To, string Section, string? Subsection);

    // Sections in CPT book order; a code takes the first subsection range containing it.
    private static readonly Range[] CptRanges =
    [
        new(99202, 99499, "Evaluation and Management", null),
        new(100, 1999, "Anesthesia", null),
        new(10004, 19499, "Surgery", "Integumentary System"),
        new(20100, 29999, "Surgery", "Musculoskeletal System"),
        new(30000, 32999, "Surgery", "Respiratory System"),
        new(33016, 37799, "Surgery", "Cardiovascular System"),
        new(38100, 38999, "Surgery", "Hemic and Lymphatic Systems"),
        new(39000, 39599, "Surgery", "Mediastinum and Diaphragm"),
        new(40490, 49999, "Surgery", "Digestive System"),
        new(50010, 53899, "Surgery", "Urinary System"),
        new(54000, 55899, "Surgery", "Male Genital System"),
        new(55920, 55980, "Surgery", "Reproductive System and Intersex"),
        new(56405, 58999, "Surgery", "Female Genital System"),
        new(59000, 59899, "Surgery", "Maternity Care and Delivery"),
        new(60000, 60699, "Surgery", "Endocrine System"),
        new(61000, 64999, "Surgery", "Nervous System"),
        new(65091, 68899, "Surgery", "Eye and Ocular Adnexa"),
        new(69000, 69979, "Surgery", "Auditory System"),
        new(69990, 69990, "Surgery", "Operating Microscope"),
        new(70010, 76499, "Radiology", "Diagnostic Radiology"),
        new(76506, 76999, "Radiology", "Diagnostic Ultrasound"),
        new(77001, 77022, "Radiology", "Radiologic Guidance"),
        new(77046, 77067, "Radiology", "Breast, Mammography"),
        new(77071, 77092, "Radiology", "Bone/Joint Studies"),
        new(77261, 77799, "Radiology", "Radiation Oncology"),
        new(78012, 79999, "Radiology", "Nuclear Medicine"),
        new(80047, 80081, "Pathology and Laboratory", "Organ or Disease Oriented Panels"),
        new(80143, 80377, "Pathology and Laboratory", "Drug Assay"),
        new(80400, 80439, "Pathology and Laboratory", "Evaluative and Challenge Tests"),
        new(80500, 80502, "Pathology and Laboratory", "Consultations (Clinical Pathology)"),
        new(81000, 81099, "Pathology and Laboratory", "Urinalysis"),
        new(81105, 81479, "Pathology and Laboratory", "Molecular Pathology"),
        new(81490, 81599, "Pathology and Laboratory", "Multianalyte Assays with Algorithmic Analyses"),
        new(82009, 84999, "Pathology and Laboratory", "Chemistry"),
        new(85002, 85999, "Pathology and Laboratory", "Hematology and Coagulation"),
        new(86000, 86849, "Pathology and Laboratory", "Immunology"),
        new(86850, 86999, "Pathology and Laboratory", "Transfusion Medicine"),
        new(87003, 87999, "Pathology and Laboratory", "Microbiology"),
        new(88000, 88099, "Pathology and Laboratory", "Anatomic Pathology"),
        new(88104, 88199, "Pathology and Laboratory", "Cytopathology"),
        new(88230, 88299, "Pathology and Laboratory", "Cytogenetic Studies"),
        new(88300, 88399, "Pathology and Laboratory", "Surgical Pathology"),
        new(88720, 88749, "Pathology and Laboratory", "In Vivo Laboratory Procedures"),
        new(89049, 89240, "Pathology and Laboratory", "Other Procedures"),
        new(89250, 89398, "Pathology and Laboratory", "Reproductive Medicine Procedures"),
        new(90281, 99199, "Medicine", null),
        new(99500, 99607, "Medicine", "Home Health and Medication Therapy Management"),
    ];

    private static readonly Dictionary<char, string> HcpcsCategories = new()
    {
        ['A'] = "Transportation services, medical and surgical supplies, miscellaneous",
        ['B'] = "Enteral and parenteral therapy",
        ['C'] = "Outpatient prospective payment system (temporary hospital codes)",
        ['D'] = "Dental procedures",
        ['E'] = "Durable medical equipment",
        ['G'] = "Procedures and professional services (temporary)",
        ['H'] = "Alcohol and drug abuse treatment and behavioral health services",
        ['J'] = "Drugs administered other than oral method, chemotherapy drugs",
        ['K'] = "Temporary codes for durable medical equipment",
        ['L'] = "Orthotic and prosthetic procedures and devices",
        ['M'] = "Medical services and quality measures",
        ['P'] = "Pathology and laboratory services",
        ['Q'] = "Temporary codes",
        ['R'] = "Diagnostic radiology services",
        ['S'] = "Temporary national codes (non-Medicare)",
        ['T'] = "National codes established for state Medicaid agencies",
        ['U'] = "Coronavirus diagnostic panel laboratory tests",
        ['V'] = "Vision, hearing and speech-language pathology services",
    };

    /// <summary>The code set in words.</summary>
    public static string TypeLabel(CodeType type) => type switch
    {
        CodeType.CptCategoryI => "CPT Category I",
        CodeType.CptCategoryII => "CPT Category II",
        CodeType.CptCategoryIII => "CPT Category III",
        CodeType.CptPla => "CPT Proprietary Laboratory Analyses (PLA)",
        CodeType.CptMaaa => "CPT Multianalyte Assay with Algorithmic Analyses (MAAA)",
        _ => "HCPCS Level II",
    };

    /// <summary>The family (section or category) and subfamily of a code, or nulls when the table has no range for it.</summary>
    public static (string? Family, string? Subfamily) Classify(HcpcsCode code)
    {
        switch (code.Type)
        {
            case CodeType.CptCategoryI:
                var n = int.Parse(code.Value, System.Globalization.CultureInfo.InvariantCulture);
                foreach (var r in CptRanges)
                    if (n >= r.From && n <= r.To) return (r.Section, r.Subsection);
                return (null, null);
            case CodeType.CptCategoryII: return ("Performance Measurement (Category II)", null);
            case CodeType.CptCategoryIII: return ("Emerging Technology, Services and Procedures (Category III)", null);
            case CodeType.CptPla: return ("Pathology and Laboratory", "Proprietary Laboratory Analyses");
            case CodeType.CptMaaa: return ("Pathology and Laboratory", "Multianalyte Assays with Algorithmic Analyses");
            default:
                return HcpcsCategories.TryGetValue(code.Value[0], out var category) ? (category, null) : (null, null);
        }
    }

    /// <summary>
    /// True when both codes are of the same code type and the table places them in the same family and subfamily; the rule
    /// the dossier's neighbouring codes follow, and the one verify accepts a claimed same-family relationship by.
    /// </summary>
    public static bool SameFamily(HcpcsCode a, HcpcsCode b)
    {
        if (a.Type != b.Type) return false;
        var family = Classify(a);
        return family.Family is not null && family == Classify(b);
    }

    /// <summary>True when the code is a laboratory code by family (CPT Pathology and Laboratory, HCPCS P or U).</summary>
    public static bool IsLaboratoryFamily(string? family) =>
        family is "Pathology and Laboratory" or "Pathology and laboratory services" or "Coronavirus diagnostic panel laboratory tests";
}
