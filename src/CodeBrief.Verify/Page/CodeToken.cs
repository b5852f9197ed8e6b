namespace CodeBrief.Verify.Page;

/// <summary>A code-like token found on a page, with its context: one claim about one code.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Code">Normalised form: upper case, ICD-10-CM without its dot.</param>
/// <param name="Set">The code set its context implies.</param>
/// <param name="Line">1-based page line.</param>
/// <param name="Section">The heading it sits under.</param>
/// <param name="Table">The table it sits in, or null for running text.</param>
/// <param name="Row">The table row, or null for running text.</param>
/// <param name="Description">The text beside it that claims what it means (description or specialty cell, or the words the
/// sentence gives it), or null.</param>
/// <param name="Relationship">The claimed relationship to the subject (relationship cell), or null.</param>
/// <param name="AppliesTo">For a modifier written after a procedure code (<c>82947-QW</c>, "append modifier 50 to 27447"), that code; else null.</param>
/// <param name="Scope">The procedure code the claim belongs to (<see cref="ClaimScope"/>): its row's, else its sentence's, else its
/// heading's, else the title's or <c>--subject</c>; null when the page names none.</param>
/// <param name="Generic">True when the token sits in a reference list (a "common modifiers" table) that claims nothing about any one code.</param>
/// <param name="Bare">True for a bare five-digit number in a sentence about coding: a claim only if a loaded file has that code.</param>
/// <param name="RangeBound">True for an end of a range in running text ("E78.0–E78.9: lipid disorders"): it names the block, not a code to bill.</param>
public sealed record CodeToken(
    string Text, string Code, CodeSet Set, int Line, string Section, PageTable? Table, PageRow? Row, string? Description, string? Relationship,
    string? AppliesTo = null, string? Scope = null, bool Generic = false, bool Bare = false, bool RangeBound = false)
{
    /// <summary>True for tokens in a table code column (the page lists the code as applying to the subject).</summary>
    public bool InTable => Table is not null;

    /// <summary>True for code systems no loaded source holds (place of service, LOINC, SNOMED CT, NDC, revenue codes, DAW, ICD-9-CM).</summary>
    public bool IsForeign => Set is CodeSet.PlaceOfService or CodeSet.Loinc or CodeSet.Snomed or CodeSet.Ndc or CodeSet.Revenue or CodeSet.Daw or CodeSet.Icd9Cm;

    /// <summary>The JSON name of the code set.</summary>
    public string SetName => NameOf(Set);

    /// <summary>The JSON name of <paramref name="set"/>.</summary>
    public static string NameOf(CodeSet set) => set switch
    {
        CodeSet.Procedure => "cpt_hcpcs",
        CodeSet.Icd10Cm => "icd10cm",
        CodeSet.Taxonomy => "nucc_taxonomy",
        CodeSet.PlaceOfService => "place_of_service",
        CodeSet.Loinc => "loinc",
        CodeSet.Snomed => "snomed_ct",
        CodeSet.Ndc => "ndc",
        CodeSet.Revenue => "revenue_code",
        CodeSet.Daw => "daw",
        CodeSet.Icd9Cm => "icd9cm",
        _ => "modifier",
    };
}
