namespace CodeBrief.Web.Data;

/// <summary>The answer to one search: matching codes and matching specialties, each list bounded.</summary>
/// <param name="Query">The query as received (trimmed).</param>
/// <param name="Codes">Codes matched by code, code prefix or every word of a descriptor.</param>
/// <param name="Specialties">NUCC taxonomy entries matched by every word.</param>
/// <param name="Truncated">True when more codes matched than were returned.</param>
public sealed record SearchResult(string Query, IReadOnlyList<CodeHit> Codes, IReadOnlyList<SpecialtyHit> Specialties, bool Truncated);
