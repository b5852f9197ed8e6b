using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Two shapes of our own briefs that verify once called wrong (found by verifying all 20,676 briefs of <c>publish --all</c>):
/// a modifier named at the start of a sentence holds for its amounts past a parenthesised locality range, and a code's own
/// descriptor that mentions a global period ("within the 90-day global period of the procedure(s)", G0559) is a quotation,
/// not a claim of the code's period. Each beside the error that must still be found. Amounts from PPRRVU2025_Oct.csv
/// row 5254 (44388-53: $152.68 non-facility, $75.37 facility, as the brief prints them).
/// </summary>
public sealed class OwnBriefShapeTests
{
    [Fact]
    public void ModifierAtTheSentenceStart_HoldsPastAParenthesisedRange()
    {
        var report = Pages.VerifyText("""
            # 44388

            Billed with modifier 53, 44388 is paid $152.68 nationally in an office (non-facility) ($135.14 in Arkansas to $198.41 in San Jose) and $75.37 in a facility.
            """);
        report.CheckedAt("$75.37", 3).Verdict.ShouldBe(Verdict.Ok);
        report.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void ModifierAtTheSentenceStart_WrongFacilityAmountPastTheRange_IsStillAnError()
    {
        var report = Pages.VerifyText("""
            # 44388

            Billed with modifier 53, 44388 is paid $152.68 nationally in an office (non-facility) ($135.14 in Arkansas to $198.41 in San Jose) and $57.37 in a facility.
            """);
        report.Single("$57.37", FindingKind.FeeMismatch).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void OwnDescriptorMentioningAGlobalPeriod_IsNoClaim_AStatedPeriodIsStillChecked()
    {
        var report = Pages.VerifyText("""
            # G0559: Post-operative follow-up visit, within the 90-day global period of the procedure(s), once per 90-day global period

            G0559 has a 90-day global period.
            """);
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.GlobalPeriod && f.Line == 1);
        report.Single("90-day global", FindingKind.GlobalPeriod).Line.ShouldBe(3);
    }
}
