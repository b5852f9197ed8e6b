namespace CodeBrief.Verify.Page;

/// <summary>A code-like token found on a page, with its context.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Code">Normalised form: upper case, ICD-10-CM without its dot.</param>
/// <param name="Set">The code set its context implies.</param>
/// <param name="Line">1-based page line.</param>
/// <param name="Section">The heading it sits under.</param>
/// <param name="Table">The table it sits in, or null for running text.</param>
/// <param name="Row">The table row, or null for running text.</param>
/// <param name="Description">The text beside it that claims what it means (description or specialty cell), or null.</param>
/// <param name="Relationship">The claimed relationship to the subject (relationship cell), or null.</param>
/// <param name="AppliesTo">For a modifier written after a procedure code in the same cell (<c>82947-QW</c>), that code; else null (the subject).</param>
public sealed record CodeToken(
    string Text, string Code, CodeSet Set, int Line, string Section, PageTable? Table, PageRow? Row, string? Description, string? Relationship,
    string? AppliesTo = null)
{
    /// <summary>True for tokens in a table code column (the page lists the code as applying to the subject).</summary>
    public bool InTable => Table is not null;

    /// <summary>The JSON name of the code set.</summary>
    public string SetName => Set switch
    {
        CodeSet.Procedure => "cpt_hcpcs",
        CodeSet.Icd10Cm => "icd10cm",
        CodeSet.Taxonomy => "nucc_taxonomy",
        _ => "modifier",
    };
}
