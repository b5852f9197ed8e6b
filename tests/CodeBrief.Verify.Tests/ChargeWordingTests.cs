using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// What providers charge is no Medicare figure, though the table or sentence around it speaks of Medicare (two of 19 false
/// errors on 65 fresh real pages). A page of our own wording; 92557's national non-facility amount, $35.26, is
/// PPRRVU2025_Oct.csv row 11634 (1.09 RVU x 32.3465).
/// </summary>
public sealed class ChargeWordingTests
{
    private static readonly VerificationReport Report = Pages.VerifyText("""
        # 92557: what Medicare pays and what you may be charged

        | Measure | Amount |
        |---|---|
        | Medicare national allowed amount | $35.26 |
        | What providers typically charge | $80 - $200 |
        | Medicare national allowed amount, facility | $53.26 |

        Providers commonly charge $80 to $200 for the test, while Medicare's national allowed amount is $35.26.
        """);

    [Fact]
    public void ProviderCharges_AreNotJudgedAsMedicareAmounts()
    {
        Report.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch && (f.Token.Contains("80") || f.Token.Contains("200")));
        Report.CheckedAt("$35.26", 5).Verdict.ShouldBe(Verdict.Ok);
        Report.CheckedAt("$35.26", 9).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void AWrongMedicareAmountBesideThem_IsStillAnError() =>
        Report.Single("$53.26", FindingKind.FeeMismatch).Severity.ShouldBe(Severity.Error);
}
