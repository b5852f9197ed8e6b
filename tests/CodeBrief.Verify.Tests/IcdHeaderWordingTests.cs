using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// An ICD-10-CM category header the page itself calls what it is (not billable, in need of more characters, no longer
/// valid, an exclusion) is info; one presented as a code to bill stays an error. Pages of our own wording, modelled on the
/// shapes that gave 11 of 19 false errors on 65 real pages. Headers per the FY2026 code file: E11.0 (E11.00, E11.01),
/// M54.5 (M54.50-M54.59 since FY2022), M54.3 (M54.30-M54.32), E11.6 (E11.61x-E11.69).
/// </summary>
public sealed class IcdHeaderWordingTests
{
    [Theory]
    [InlineData("E11.0", "E11.0 - Non-billable code: pick E11.00 or E11.01.")]
    [InlineData("M54.5", "Low back pain was coded M54.5 until 2021; M54.5 is no longer a valid code, so use M54.50.")]
    [InlineData("E11.6", "Code E11.6, which requires specifying the complication, cannot stand alone.")]
    [InlineData("M54.3", "Excludes1: M54.3 Sciatica.")]
    public void HeaderThePageCallsAHeader_IsInfo(string code, string sentence)
    {
        var report = Pages.VerifyText($"# Diabetes and back pain coding notes\n\n{sentence}\n");
        var f = report.Findings.Where(f => f.Token == code && f.Kind == FindingKind.NotBillable).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public void HeaderInARowThatSaysNonBillable_IsInfo()
    {
        var report = Pages.VerifyText("""
            # Diabetes codes

            | ICD-10-CM | Status |
            |---|---|
            | E11.0 | Non-billable header |
            | E11.9 | Billable |
            """);
        report.Single("E11.0", FindingKind.NotBillable).Severity.ShouldBe(Severity.Info);
    }

    [Theory]
    [InlineData("M54.5", "Report M54.5 for low back pain.")]
    [InlineData("E11.0", "Bill E11.0 for type 2 diabetes with hyperosmolarity.")]
    public void HeaderPresentedAsACodeToBill_IsStillAnError(string code, string sentence)
    {
        var report = Pages.VerifyText($"# Coding notes\n\n{sentence}\n");
        report.Single(code, FindingKind.NotBillable).Severity.ShouldBe(Severity.Error);
    }
}
