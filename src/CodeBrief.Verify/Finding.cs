namespace CodeBrief.Verify;

/// <summary>One problem found on a page.</summary>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Line">1-based line of the page the token sits on.</param>
/// <param name="Token">The code as written on the page.</param>
/// <param name="Kind">One of the <see cref="FindingKind"/> names.</param>
/// <param name="Message">A complete sentence saying what is wrong.</param>
/// <param name="Evidence">The loaded source rows the finding rests on; empty only when the finding is about absence.</param>
/// <param name="Suggestion">What to write instead, or null when the data offers nothing better.</param>
/// <param name="Section">The page section the line belongs to, for grouping the human report.</param>
/// <param name="Replacement">The text to write in place of <paramref name="Token"/> (<c>verify --fixed</c>), or null when the fix is not a one-for-one replacement.</param>
public sealed record Finding(
    Severity Severity,
    int Line,
    string Token,
    string Kind,
    string Message,
    IReadOnlyList<Evidence> Evidence,
    string? Suggestion,
    string Section,
    string? Replacement = null);
