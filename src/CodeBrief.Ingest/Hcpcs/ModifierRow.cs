using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Hcpcs;

/// <summary>One HCPCS Level II modifier record (RECID 7) of the CMS HCPCS file. CPT modifiers are AMA text and never loaded here.</summary>
/// <param name="Code">The modifier, upper case (<c>QW</c>).</param>
/// <param name="LongDescription">Long descriptor, or null.</param>
/// <param name="ShortDescription">Short descriptor, or null.</param>
/// <param name="AddDate">Date added (YYYYMMDD), or null.</param>
/// <param name="EffectiveDate">Action effective date (YYYYMMDD), or null.</param>
/// <param name="TerminationDate">Termination date (YYYYMMDD), or null while the modifier is active.</param>
/// <param name="Source">The file row.</param>
public sealed record ModifierRow(string Code, string? LongDescription, string? ShortDescription, string? AddDate, string? EffectiveDate,
    string? TerminationDate, SourceRef Source)
{
    /// <summary>The long descriptor, else the short one, else null.</summary>
    public string? Description => LongDescription ?? ShortDescription;
}
