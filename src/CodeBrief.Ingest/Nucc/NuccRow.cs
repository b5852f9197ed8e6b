using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Nucc;

/// <summary>One code of the NUCC Health Care Provider Taxonomy; blank cells are empty strings.</summary>
/// <param name="Code">The ten-character taxonomy code (<c>207RC0000X</c>).</param>
/// <param name="Grouping">Grouping (<c>Allopathic &amp; Osteopathic Physicians</c>).</param>
/// <param name="Classification">Classification (<c>Internal Medicine</c>).</param>
/// <param name="Specialization">Specialization (<c>Cardiovascular Disease</c>), or empty.</param>
/// <param name="Definition">NUCC definition.</param>
/// <param name="Notes">NUCC notes.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Section">Section (<c>Individual</c> or <c>Non-Individual</c>).</param>
/// <param name="Source">The file row.</param>
public sealed record NuccRow(string Code, string Grouping, string Classification, string Specialization, string Definition, string Notes,
    string DisplayName, string Section, SourceRef Source)
{
    /// <summary>Classification and specialization as NUCC prints them (<c>Internal Medicine / Cardiovascular Disease</c>).</summary>
    public string Name => Specialization.Length == 0 ? Classification : $"{Classification} / {Specialization}";
}
