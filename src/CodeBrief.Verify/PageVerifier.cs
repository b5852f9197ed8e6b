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
/// <param name="warehouse">An open warehouse; only read. Not thread-safe, like the warehouse: one verifier per thread. The verifier
/// remembers the warehouse's answers across pages, so use a new one after the warehouse is loaded again.</param>
/// <param name="asOf">The date codes must be current on (termination dates before it count as terminated).</param>
public sealed class PageVerifier(IWarehouse warehouse, DateOnly asOf)
{
    /// <summary>Every official procedure text, read once per verifier, to say whose text a page quotes.</summary>
    private readonly Lazy<DescriptorIndex> _descriptors = new(() => new DescriptorIndex(warehouse.Reference));

    /// <summary>The warehouse's answers, kept across the pages of one verifier: the warehouse does not change while it reads.</summary>
    private readonly ReferenceCache _reference = new(warehouse);

    /// <summary>
    /// Verifies <paramref name="page"/>. No subject is needed: each claim is judged against the code it belongs to
    /// (<see cref="ClaimScope"/>); <paramref name="subjectOverride"/>, else the code the title names, is the code for claims
    /// that name none.
    /// </summary>
    /// <exception cref="UsageException">The given subject is not code-shaped.</exception>
    public VerificationReport Verify(PageDocument page, string? subjectOverride = null)
    {
        string? subject = null;
        if (subjectOverride is not null)
        {
            if (!HcpcsCode.TryParse(subjectOverride, out var given))
                throw new UsageException($"--subject \"{subjectOverride}\" is not a CPT or HCPCS code ({HcpcsCode.Shape}).");
            subject = given.Value;
        }
        else if (SubjectPattern.Find(page.Title) is { } titled && HcpcsCode.TryParse(titled, out var fromTitle)) subject = fromTitle.Value;

        // A bare five-digit number in a sentence is a code claim only when a loaded file has the code (else a count, a ZIP code).
        var tokens = TokenExtractor.Extract(page, subject)
            .Where(t => !t.Bare || _reference.Pfs(t.Code).Count > 0 || _reference.Clfs(t.Code).Count > 0 || _reference.Hcpcs(t.Code) is not null)
            .ToList();
        CodeToken? subjectToken = null;
        if (subject is not null)
        {
            // The title's code is checked for existence; the title's words are a headline, not a descriptor claim.
            subjectToken = new CodeToken(subject, subject, CodeSet.Procedure, page.TitleLine, page.Sections.FirstOrDefault() ?? "", null, null, null, null,
                Scope: subject);
            tokens.Insert(0, subjectToken);
        }
        var context = new VerifyContext(page, subject, _reference, asOf, tokens, _descriptors);

        ExistenceCheck.Run(context, subjectToken);
        DescriptionCheck.Run(context);
        ModifierCheck.Run(context);
        GlobalPeriodCheck.Run(context);
        PlausibilityCheck.Run(context);
        if (subject is not null) RelationshipCheck.Run(context);
        DuplicateCheck.Run(context);
        var amounts = FeeCheck.Run(context);

        var findings = context.Findings
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Line).ThenBy(f => f.Token, StringComparer.Ordinal).ToList();
        var checkedTokens = context.Tokens.Select(t => Checked(context, t)).Concat(amounts).Concat(context.OtherChecked).OrderBy(c => c.Line).ToList();
        return new VerificationReport(page.File, subject, findings, checkedTokens);
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
}
