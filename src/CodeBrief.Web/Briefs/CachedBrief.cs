namespace CodeBrief.Web.Briefs;

/// <summary>The encoded responses for one code, ready to write: the site page and the two API answers (UTF-8).</summary>
/// <param name="Content">What was rendered.</param>
/// <param name="Page">The served HTML page.</param>
/// <param name="Json">The JSON brief.</param>
/// <param name="Benchmarks">The benchmarks JSON.</param>
public sealed record CachedBrief(BriefContent Content, byte[] Page, byte[] Json, byte[] Benchmarks);
