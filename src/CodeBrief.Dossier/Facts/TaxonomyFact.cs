using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A provider taxonomy associated with the code.</summary>
/// <param name="Code">NUCC taxonomy code.</param>
/// <param name="Specialty">The specialty as NUCC names it (display name).</param>
/// <param name="Basis">Why it is listed (for example the editorial family mapping).</param>
/// <param name="Source">The NUCC row that confirms the code.</param>
/// <param name="BasisSource">The mapping that associates it with the code.</param>
public sealed record TaxonomyFact(string Code, string Specialty, string Basis, SourceRef Source, SourceRef BasisSource);
