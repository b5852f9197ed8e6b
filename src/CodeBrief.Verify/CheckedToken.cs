namespace CodeBrief.Verify;

/// <summary>One token the verifier examined, listed whether or not anything was wrong with it.</summary>
/// <param name="Line">1-based page line.</param>
/// <param name="Token">The code as written.</param>
/// <param name="CodeSet">The code set the context implied (<c>cpt_hcpcs</c>, <c>icd10cm</c>, <c>nucc_taxonomy</c>, <c>modifier</c>).</param>
/// <param name="Verdict">One of the <see cref="Verify.Verdict"/> names.</param>
/// <param name="Note">Why a token could not be verified, or which source confirmed it; null when nothing needs saying.</param>
public sealed record CheckedToken(int Line, string Token, string CodeSet, string Verdict, string? Note);
