using System.Globalization;

namespace CodeBrief.Verify.Report;

/// <summary>
/// The report for a person: a summary line, then findings grouped by page section (the section with the most severe
/// finding first), each with its evidence and suggested fix, then the count of tokens that passed.
/// </summary>
public static class HumanReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, VerificationReport report)
    {
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = report.Findings.Count(f => f.Severity == Severity.Info);
        var ok = report.Checked.Count(c => c.Verdict == Verdict.Ok);
        var unverifiable = report.Checked.Count(c => c.Verdict == Verdict.NotVerifiable);
        output.WriteLine(Invariant($"{report.File} — {(report.Subject is null ? "no subject, code by code" : "subject " + report.Subject)}: {errors} error(s), {warnings} warning(s), {infos} info; {report.Checked.Count} token(s) checked, {ok} ok, {unverifiable} not verifiable."));
        var sections = report.Findings
            .Select((f, i) => (f, i))
            .GroupBy(x => x.f.Section)
            .OrderByDescending(g => g.Max(x => x.f.Severity))
            .ThenBy(g => g.Min(x => x.f.Line));
        foreach (var section in sections)
        {
            output.WriteLine();
            output.WriteLine($"## {(section.Key.Length == 0 ? "(before the first heading)" : section.Key)}");
            foreach (var (f, _) in section.OrderByDescending(x => x.f.Severity).ThenBy(x => x.f.Line))
            {
                output.WriteLine(Invariant($"  {Label(f.Severity)} line {f.Line}  {f.Token}  [{f.Kind}] {f.Message}"));
                foreach (var e in f.Evidence) output.WriteLine($"      evidence: {e}");
                if (f.Suggestion is not null) output.WriteLine($"      fix: {f.Suggestion}");
            }
        }
        var notVerifiable = report.Checked.Where(c => c.Verdict == Verdict.NotVerifiable).ToList();
        if (notVerifiable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not verifiable from the loaded data:");
            foreach (var c in notVerifiable) output.WriteLine(Invariant($"  line {c.Line}  {c.Token}: {c.Note}"));
        }
    }

    private static string Label(Severity s) => s switch { Severity.Error => "ERROR  ", Severity.Warning => "WARNING", _ => "INFO   " };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
