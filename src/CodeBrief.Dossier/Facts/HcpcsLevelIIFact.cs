using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>The HCPCS Level II file's record of a code.</summary>
/// <param name="Code">The code.</param>
/// <param name="LongDescription">Long descriptor.</param>
/// <param name="ShortDescription">Short descriptor.</param>
/// <param name="Coverage">Medicare coverage code.</param>
/// <param name="Betos">BETOS code.</param>
/// <param name="TypeOfService">Type of service code.</param>
/// <param name="AddDate">Date added (YYYYMMDD).</param>
/// <param name="EffectiveDate">Action effective date (YYYYMMDD).</param>
/// <param name="TerminationDate">Termination date (YYYYMMDD) or null.</param>
/// <param name="ActionCode">Change code of the quarter.</param>
/// <param name="Source">The file row.</param>
public sealed record HcpcsLevelIIFact(string Code, string LongDescription, string ShortDescription, string? Coverage, string? Betos,
    string? TypeOfService, string? AddDate, string? EffectiveDate, string? TerminationDate, string? ActionCode, SourceRef Source);
