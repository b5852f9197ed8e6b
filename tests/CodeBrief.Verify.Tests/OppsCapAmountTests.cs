using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Verify prices a code row the OPPS cap file names as the brief does (PfsPaymentCalculator): Medicare pays the lesser of the
/// PFS amount and the OPPS cap, so a quoted uncapped amount is wrong and the capped one right. 74261-TC (PPRRVU2025_Oct.csv
/// line 8182): PFS national non-facility 9.10 x 32.3465 = $294.35; OPPS (0.00 + 3.28 + 0.01) x 32.3465 = $106.42; capped
/// locality range $90.64-$152.43, uncapped $250.71-$421.55.
/// </summary>
public sealed class OppsCapAmountTests
{
    private static readonly VerificationReport Report = Pages.Verify(Pages.Fixture("fees-opps-cap-74261.md"));

    [Fact]
    public void CappedNationalAmount_IsOkCitingTheOppsColumns()
    {
        var amount = Report.CheckedAt("$106.42", 3);

        amount.Verdict.ShouldBe(Verdict.Ok);
        amount.Note.ShouldNotBeNull().ShouldContain("row 8182");
        amount.Note.ShouldContain("OPPS");
        Report.Findings.ShouldNotContain(f => f.Line == 3);
    }

    [Fact]
    public void UncappedNationalAmount_IsAnErrorNamingTheCappedAmount()
    {
        var f = Report.Findings.Where(f => f.Line == 4).ShouldHaveSingleItem();

        (f.Kind, f.Severity, f.Token).ShouldBe((FindingKind.FeeMismatch, Severity.Error, "$294.35"));
        f.Message.ShouldContain("before the OPPS cap");
        f.Message.ShouldContain("$106.42");
        f.Suggestion.ShouldNotBeNull().ShouldContain("$106.42");
        Report.CheckedAt("$294.35", 4).Verdict.ShouldBe(Verdict.Error);
    }

    [Fact]
    public void UncappedAmountLabelledBeforeTheCap_IsOk()
    {
        Report.CheckedAt("$294.35", 5).Verdict.ShouldBe(Verdict.Ok);
        Report.Findings.ShouldNotContain(f => f.Line == 5);
    }

    [Fact]
    public void LocalityAmountWithinTheCappedRange_IsBoundedNotAnError() =>
        Report.CheckedAt("$152.43", 6).Verdict.ShouldBe(Verdict.NotVerifiable);

    [Fact]
    public void UncappedLocalityAmount_IsAnError()
    {
        Report.CheckedAt("$421.55", 7).Verdict.ShouldBe(Verdict.Error);
        Report.Findings.ShouldContain(f => f.Line == 7 && f.Kind == FindingKind.FeeMismatch);
    }
}
