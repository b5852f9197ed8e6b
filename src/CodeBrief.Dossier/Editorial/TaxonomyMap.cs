namespace CodeBrief.Dossier.Editorial;

/// <summary>
/// Editorial mapping from code families to the NUCC taxonomy codes of the providers who typically bill them. Every entry is
/// checked against the loaded NUCC file before use and printed as editorial; an entry not in the loaded file is dropped.
/// </summary>
public static class TaxonomyMap
{
    /// <summary>One mapping entry: a family (and optional subfamily) to a NUCC code, with the reason.</summary>
    /// <param name="Family">CPT section or HCPCS category, as <see cref="CodeFamilies"/> names it.</param>
    /// <param name="Subfamily">Subsection, or null for the whole family.</param>
    /// <param name="Taxonomy">NUCC code.</param>
    /// <param name="Why">Why the family maps to it.</param>
    public sealed record Entry(string Family, string? Subfamily, string Taxonomy, string Why);

    /// <summary>The entries, in print order.</summary>
    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("Pathology and Laboratory", null, "291U00000X", "laboratory test family: clinical laboratories perform the test"),
        new("Pathology and Laboratory", null, "207ZP0105X", "laboratory test family: clinical pathologists direct and interpret laboratory testing"),
        new("Pathology and Laboratory", null, "207ZP0102X", "laboratory test family: anatomic and clinical pathologists"),
        new("Pathology and Laboratory", "Surgical Pathology", "207ZP0101X", "surgical pathology subsection: anatomic pathologists"),
        new("Pathology and Laboratory", null, "246Q00000X", "laboratory test family: pathology technologists perform testing"),
        new("Pathology and laboratory services", null, "291U00000X", "HCPCS pathology and laboratory category: clinical laboratories"),
        new("Radiology", null, "2085R0202X", "radiology family: diagnostic radiologists interpret imaging"),
        new("Radiology", "Radiation Oncology", "2085R0001X", "radiation oncology subsection"),
        new("Evaluation and Management", null, "207Q00000X", "office and outpatient visits: family medicine physicians"),
        new("Evaluation and Management", null, "207R00000X", "office and outpatient visits: internal medicine physicians"),
        new("Evaluation and Management", null, "207P00000X", "critical care and emergency visits: emergency medicine physicians"),
        new("Anesthesia", null, "207L00000X", "anesthesia family: anesthesiologists"),
        new("Surgery", "Digestive System", "207RG0100X", "digestive system procedures such as endoscopy: gastroenterologists"),
    ];
}
