using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify;

/// <summary>The loaded source row a finding rests on, with the official values it read there.</summary>
/// <param name="Source">Dataset, file, version and row.</param>
/// <param name="Detail">The values of that row that matter, for instance <c>PCTC IND = 9</c> or the official description.</param>
public sealed record Evidence(SourceRef Source, string Detail)
{
    /// <summary>Formats as <c>file (version), row N: detail</c>.</summary>
    public override string ToString() => $"{Source}: {Detail}";
}
