using CodeBrief.Analytics.Medicare;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Medicare amounts are judged by the rules the brief prices with (PfsPaymentCalculator): a page that quotes total RVU x CF
/// for a code or setting the PFS does not pay is wrong, though the arithmetic is right. Amounts read off PPRRVU2025_Oct.csv.
/// </summary>
public sealed class MedicareAmountTests
{
    private static readonly VerificationReport Report = Pages.Verify(Pages.Fixture("fees-unpaid-51725.md"));

    [Fact]
    public void Verify_CorrectNationalNonFacilityAmount_IsOk()
    {
        var amount = Report.CheckedAt("$200.87", 3);
        amount.Verdict.ShouldBe(Verdict.Ok);
        amount.Note.ShouldNotBeNull().ShouldContain("row 5897");
        Report.Findings.ShouldNotContain(f => f.Line == 3);
    }

    [Fact]
    public void Verify_FacilityAmountWhereTheFacilityIsNA_IsFeeMismatch()
    {
        // 51725's facility total (6.21) x CF is $200.87, but the facility NA indicator leaves the facility setting unpriced.
        var f = Report.Findings.Where(f => f.Line == 4).ShouldHaveSingleItem();
        f.Kind.ShouldBe(FindingKind.FeeMismatch);
        f.Severity.ShouldBe(Severity.Error);
        f.Token.ShouldBe("$200.87");
        f.Message.ShouldContain("the PFS does not pay 51725 in the facility setting");
        f.Evidence.ShouldContain(e => e.Source.Dataset == "pfs-rvu" && e.Source.Row == 5897);
        f.Suggestion.ShouldNotBeNull().ShouldContain("facility setting");
        Report.CheckedAt("$200.87", 4).Verdict.ShouldBe(Verdict.Error);
    }

    [Theory]
    [InlineData(5, "$588.71", "27215", "I", 2659L)]
    [InlineData(6, "$30.08", "36000", "B", 4304L)]
    public void Verify_AmountForCodeWhosePfsStatusIsNotPayable_IsFeeMismatchSayingThePfsDoesNotPayIt(int line, string amount, string code, string status, long row)
    {
        var f = Report.Findings.Where(f => f.Line == line).ShouldHaveSingleItem();
        f.Kind.ShouldBe(FindingKind.FeeMismatch);
        f.Severity.ShouldBe(Severity.Error);
        f.Token.ShouldBe(amount);
        f.Message.ShouldContain($"the PFS does not pay {code} (status {status}: {PfsIndicators.Status(status)})");
        f.Evidence.ShouldContain(e => e.Source.Dataset == "pfs-rvu" && e.Source.Row == row);
        Report.CheckedAt(amount, line).Verdict.ShouldBe(Verdict.Error);
    }

    [Fact]
    public void Verify_UnpaidAmountsPage_HasExactlyTheThreeFeeErrors()
    {
        Report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Line).Order().ShouldBe([4, 5, 6]);
        Report.Findings.Where(f => f.Severity == Severity.Error).ShouldAllBe(f => f.Kind == FindingKind.FeeMismatch);
    }

    [Fact]
    public void Verify_AmountForContractorPricedCode_IsNotVerifiableNotAnError()
    {
        // 0042T is status C in PPRRVU2025_Oct.csv (line 58): Medicare pays it at amounts each contractor sets.
        var amount = Report.CheckedAt("$150.00", 7);

        amount.Verdict.ShouldBe(Verdict.NotVerifiable);
        amount.Note.ShouldNotBeNull().ShouldContain("contractor-priced");
        Report.Findings.ShouldNotContain(f => f.Line == 7);
    }
}
