namespace CodeBrief.Verify;

/// <summary>The result of verifying one page.</summary>
/// <param name="File">The page file as given.</param>
/// <param name="Subject">The subject code (from <c>--subject</c> or the title), or null when the page names none and claims are judged code by code.</param>
/// <param name="Findings">Every finding, most severe first, then by line.</param>
/// <param name="Checked">Every token examined with its verdict, in page order.</param>
public sealed record VerificationReport(string File, string? Subject, IReadOnlyList<Finding> Findings, IReadOnlyList<CheckedToken> Checked)
{
    /// <summary>True when any finding is at error level (the CLI exits with 1).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
