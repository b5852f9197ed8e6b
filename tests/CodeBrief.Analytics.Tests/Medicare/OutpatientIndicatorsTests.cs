using CodeBrief.Analytics.Medicare;

namespace CodeBrief.Analytics.Tests.Medicare;

public sealed class OutpatientIndicatorsTests
{
    [Theory]
    [InlineData("J1", "comprehensive APC")]
    [InlineData("n", "packaged")]
    [InlineData("Q4", "CLFS")]
    [InlineData("T", "multiple procedure reduction")]
    public void OppsStatus_KnownIndicators_InWords(string indicator, string words) => OutpatientIndicators.OppsStatus(indicator).ShouldContain(words);

    [Theory]
    [InlineData("A2", "OPPS relative payment weight")]
    [InlineData("N1", "no separate payment")]
    [InlineData("J8", "device-intensive")]
    public void AscPayment_KnownIndicators_InWords(string indicator, string words) => OutpatientIndicators.AscPayment(indicator).ShouldContain(words);

    [Fact]
    public void Unknown_SaysTheTableDoesNotHoldIt()
    {
        OutpatientIndicators.OppsStatus("Z9").ShouldBe("status indicator Z9 is not among the CY 2025 OPPS status indicators");
        OutpatientIndicators.AscPayment("X1").ShouldBe("payment indicator X1 is not among the CY 2025 ASC payment indicators");
    }
}
