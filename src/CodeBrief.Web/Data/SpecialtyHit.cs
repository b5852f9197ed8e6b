namespace CodeBrief.Web.Data;

/// <summary>A NUCC taxonomy entry whose names match the search words.</summary>
/// <param name="Code">The ten-character taxonomy code.</param>
/// <param name="Name">The NUCC display name.</param>
/// <param name="Classification">NUCC classification (and specialization, when present).</param>
/// <param name="Source">Source label: file (version), row.</param>
/// <param name="Families">Code families CodeBrief's editorial taxonomy mapping links to this specialty (empty when none).</param>
public sealed record SpecialtyHit(string Code, string Name, string Classification, string Source, IReadOnlyList<string> Families);
