using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Verify.Checks;
using CodeBrief.Verify.Page;
using CodeBrief.Warehouse;

namespace CodeBrief.Verify;

/// <summary>
/// Checks every code on a page against the reference tables of a warehouse: existence, currency, billability,
/// descriptions, modifier applicability, claimed relationships, duplicates and Medicare amounts.
/// </summary>
/// <param name="warehouse">An open warehouse; only read. Not thread-safe, like the warehouse: one verifier per thread.</param>
/// <param name="asOf">The date codes must be current on (termination dates before it count as terminated).</param>
public sealed class PageVerifier(IWarehouse warehouse, DateOnly asOf)
{
    /// <summary>Verifies <paramref name="page"/>. The subject is <paramref name="subjectOverride"/> when given, else read from the title.</summary>
    /// <exception cref="UsageException">No subject in the title and none given, or the given subject is not code-shaped.</exception>
    public VerificationReport Verify(PageDocument page, string? subjectOverride = null)
    {
        var subjectText = subjectOverride ?? SubjectPattern.Find(page.Title)
            ?? throw new UsageException($"{page.File}: no subject code found in the title (expected a title such as \"CPT 83789: …\"). Pass --subject CODE.");
        if (!HcpcsCode.TryParse(subjectText, out var subject))
            throw new UsageException($"--subject \"{subjectText}\" is not a CPT or HCPCS code ({HcpcsCode.Shape}).");

        var tokens = TokenExtractor.Extract(page, subject.Value);
        var subjectToken = new CodeToken(subject.Value, subject.Value, CodeSet.Procedure, page.TitleLine, page.Sections.FirstOrDefault() ?? "", null, null,
            TitleDescription(page.Title), null);
        var context = new VerifyContext(page, subject.Value, warehouse, asOf, [subjectToken, .. tokens]);

        ExistenceCheck.Run(context, subjectToken);
        DescriptionCheck.Run(context);
        ModifierCheck.Run(context);
        RelationshipCheck.Run(context);
        DuplicateCheck.Run(context);
        var amounts = FeeCheck.Run(context);

        var findings = context.Findings
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Line).ThenBy(f => f.Token, StringComparer.Ordinal).ToList();
        var checkedTokens = context.Tokens.Select(t => Checked(context, t)).Concat(amounts).OrderBy(c => c.Line).ToList();
        return new VerificationReport(page.File, subject.Value, findings, checkedTokens);
    }

    private static CheckedToken Checked(VerifyContext context, CodeToken token)
    {
        var own = context.FindingsOf(token);
        var verdict = own.Count == 0
            ? context.ConfirmedNote(token) is null && context.UnverifiableReason(token) is not null ? Verdict.NotVerifiable : Verdict.Ok
            : own.Max(f => f.Severity) switch { Severity.Error => Verdict.Error, Severity.Warning => Verdict.Warning, _ => Verdict.Info };
        var note = own.Count > 0 ? string.Join(" ", own.Select(f => f.Kind).Distinct()) : context.ConfirmedNote(token) ?? context.UnverifiableReason(token);
        return new CheckedToken(token.Line, token.Text, token.SetName, verdict, note);
    }

    /// <summary>The words after the code in a title such as "CPT 83789: Mass Spectrometry …", or null.</summary>
    private static string? TitleDescription(string? title)
    {
        if (title is null) return null;
        var colon = title.IndexOfAny([':', '\u2013', '\u2014']);
        return colon >= 0 && colon + 1 < title.Length ? title[(colon + 1)..].Trim() : null;
    }
}
