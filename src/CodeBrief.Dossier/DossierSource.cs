namespace CodeBrief.Dossier;

/// <summary>A file (or editorial table) the dossier used: an entry of its sources list, not a fact (facts live in
/// <c>Facts/</c> and each carries a <see cref="CodeBrief.Core.Provenance.SourceRef"/>).</summary>
/// <param name="Dataset">Catalogue dataset id.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="File">File name.</param>
/// <param name="Version">Version or effective date.</param>
/// <param name="Sha256">SHA-256 of the file; empty for editorial tables.</param>
/// <param name="IsSynthetic">True for synthetic demo data.</param>
public sealed record DossierSource(string Dataset, string Publisher, string File, string Version, string Sha256, bool IsSynthetic);
