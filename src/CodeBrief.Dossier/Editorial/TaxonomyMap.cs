namespace CodeBrief.Dossier.Editorial;

/// <summary>
/// Editorial mapping from code families to the Medicare specialties that typically bill them. The specialty is mapped to NUCC
/// taxonomy codes through the CMS Medicare specialty crosswalk when it is loaded (basis <c>crosswalk</c>), else to the one
/// taxonomy named here (basis <c>editorial</c>); every code is checked against the loaded NUCC file. A family with no entry
/// gets no taxonomy: most E/M visits, for instance, are billed by too many specialties for a family to name them.
/// </summary>
public static class TaxonomyMap
{
    /// <summary>One mapping entry: a family (and optional subfamily and CPT range) to a Medicare specialty, with the reason.</summary>
    /// <param name="Family">CPT section or HCPCS category, as <see cref="CodeFamilies"/> names it.</param>
    /// <param name="Subfamily">Subsection, or null for the whole family.</param>
    /// <param name="From">First code of a CPT range within the family, or null for the whole (sub)family.</param>
    /// <param name="To">Last code of the range, or null.</param>
    /// <param name="MedicareSpecialtyCode">The Medicare specialty code (CMS crosswalk column 1).</param>
    /// <param name="MedicareSpecialty">The specialty as the crosswalk names it.</param>
    /// <param name="Taxonomy">The NUCC code used when no crosswalk is loaded: the specialty's own taxonomy in the crosswalk.</param>
    /// <param name="Why">Why the family maps to it.</param>
    public sealed record Entry(string Family, string? Subfamily, int? From, int? To, string MedicareSpecialtyCode, string MedicareSpecialty,
        string Taxonomy, string Why)
    {
        /// <summary>True when the entry covers a code of <paramref name="family"/>/<paramref name="subfamily"/> numbered <paramref name="number"/> (null for non-numeric codes).</summary>
        public bool Covers(string? family, string? subfamily, int? number) =>
            Family == family && (Subfamily is null || Subfamily == subfamily)
            && (From is null || (number is { } n && n >= From && n <= To));
    }

    /// <summary>The entries, in print order.</summary>
    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("Pathology and Laboratory", null, null, null, "69", "Clinical Laboratory", "291U00000X", "laboratory test family: clinical laboratories perform the test"),
        new("Pathology and Laboratory", null, null, null, "22", "Physician/Pathology", "207ZP0105X", "laboratory test family: pathologists direct and interpret laboratory testing"),
        new("Pathology and laboratory services", null, null, null, "69", "Clinical Laboratory", "291U00000X", "HCPCS pathology and laboratory category: clinical laboratories"),
        new("Radiology", "Radiation Oncology", null, null, "92", "Physician/Radiation Oncology", "2085R0001X", "radiation oncology subsection"),
        new("Radiology", "Diagnostic Radiology", null, null, "30", "Physician/Diagnostic Radiology", "2085R0202X", "diagnostic imaging: radiologists interpret it"),
        new("Radiology", "Diagnostic Ultrasound", null, null, "30", "Physician/Diagnostic Radiology", "2085R0202X", "diagnostic ultrasound: radiologists interpret it"),
        new("Evaluation and Management", null, 99202, 99215, "08", "Physician/Family Practice", "207Q00000X", "office and outpatient visits: family practice"),
        new("Evaluation and Management", null, 99202, 99215, "11", "Physician/Internal Medicine", "207R00000X", "office and outpatient visits: internal medicine"),
        new("Evaluation and Management", null, 99281, 99285, "93", "Physician/Emergency Medicine", "207P00000X", "emergency department visits: emergency medicine"),
        new("Evaluation and Management", null, 99291, 99292, "81", "Physician/Critical Care (Intensivists)", "207RC0200X", "adult critical care: intensivists"),
        new("Evaluation and Management", null, 99468, 99480, "37", "Physician/Pediatric Medicine", "2080N0001X", "neonatal and pediatric critical and intensive care: pediatricians (neonatology)"),
        new("Anesthesia", null, null, null, "05", "Physician/Anesthesiology", "207L00000X", "anesthesia family: anesthesiologists"),
        new("Anesthesia", null, null, null, "43", "Certified Registered Nurse Anesthetist (CRNA)", "367500000X", "anesthesia family: nurse anesthetists"),
        new("Surgery", "Digestive System", null, null, "02", "Physician/General Surgery", "208600000X", "digestive system surgery: general surgeons"),
        new("Surgery", "Musculoskeletal System", null, null, "20", "Physician/Orthopedic Surgery", "207X00000X", "musculoskeletal surgery: orthopedic surgeons"),
    ];
}
