using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Reference;

/// <summary>A NUCC taxonomy code's entry in the loaded code set.</summary>
/// <param name="Code">Taxonomy code.</param>
/// <param name="Grouping">Level I grouping.</param>
/// <param name="Classification">Level II classification.</param>
/// <param name="Specialization">Level III specialization, empty when none.</param>
/// <param name="DisplayName">NUCC display name.</param>
/// <param name="Section">Individual or Non-Individual.</param>
/// <param name="Definition">NUCC definition.</param>
/// <param name="Source">The file row.</param>
public sealed record TaxonomyEntry(string Code, string Grouping, string Classification, string Specialization, string DisplayName,
    string Section, string Definition, SourceRef Source);
