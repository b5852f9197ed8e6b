using System.Globalization;

namespace CodeBrief.Verify.Report;

/// <summary>
/// <c>verify --fixed OUT</c>: a copy of the page with each error replaced by its fix and marked for a person to review.
/// A finding with a one-for-one replacement has its token replaced and marked <c>[verify: was "…" (kind)]</c>; any other
/// error is marked after its token with the suggestion. Nothing is changed where no error was found.
/// </summary>
public static class FixedPageWriter
{
    /// <summary>The corrected text of <paramref name="pageText"/> given its <paramref name="report"/>.</summary>
    public static string Fix(string pageText, VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        ArgumentNullException.ThrowIfNull(report);
        var newline = pageText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = pageText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var byLine in report.Findings.Where(f => f.Severity == Severity.Error && f.Line >= 1 && f.Line <= lines.Length).GroupBy(f => f.Line))
        {
            var line = lines[byLine.Key - 1];
            var inTable = line.TrimStart().StartsWith('|') || line.Count(ch => ch == '|') >= 2;
            var from = 0;
            foreach (var f in byLine.OrderBy(f => line.IndexOf(f.Token, StringComparison.Ordinal)))
            {
                var at = line.IndexOf(f.Token, from, StringComparison.Ordinal);
                if (at < 0) at = line.IndexOf(f.Token, StringComparison.Ordinal);
                var mark = f.Replacement is { } r
                    ? $"{r} [verify: was \"{f.Token}\" ({f.Kind})]"
                    : $"{f.Token} [verify: {f.Kind}{(f.Suggestion is null ? "" : ": " + f.Suggestion)}]";
                if (inTable) mark = mark.Replace("|", "\\|", StringComparison.Ordinal);
                if (at < 0)
                {
                    line += $" [verify line {f.Line.ToString(CultureInfo.InvariantCulture)}: {f.Kind}{(f.Suggestion is null ? "" : ": " + f.Suggestion)}]";
                    continue;
                }
                line = line[..at] + mark + line[(at + f.Token.Length)..];
                from = at + mark.Length;
            }
            lines[byLine.Key - 1] = line;
        }
        return string.Join(newline, lines);
    }
}
