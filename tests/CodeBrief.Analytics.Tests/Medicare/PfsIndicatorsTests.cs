using CodeBrief.Ingest.Clfs;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Tests.Medicare;

public class PfsIndicatorsTests
{
    [Theory]
    [InlineData("C", "Contractors price the code")]
    [InlineData("X", "Statutory Exclusion")]
    [InlineData("B", "Bundled Code")]
    [InlineData("I", "Not valid for Medicare purposes")]
    public void Status_KnownCode_SaysMeaning(string code, string expected) => PfsIndicators.Status(code).ShouldContain(expected);

    [Fact]
    public void Pctc_Six_SaysTechnicalComponentCannotBeUsed() => PfsIndicators.Pctc("6").ShouldContain("Modifier TC cannot be used");

    [Fact]
    public void GlobalDays_Zzz_SaysIncludedInTheOtherServicesGlobalPeriod() =>
        PfsIndicators.GlobalDays("ZZZ").ShouldBe("The code is related to another service and is always included in the global period of the other service");

    [Fact]
    public void Status_UnknownCode_SaysNotDefined() => PfsIndicators.Status("Q").ShouldContain("not defined");

    [Fact]
    public void NationalLimit_IndicatorL_IsNull()
    {
        var src = new SourceRef("clfs", "CLFS 2025 Q2V1.csv", "2025Q2V1", 1228);
        new ClfsRow("83789", "", "2025", "20250101", "N", 24.11m, "s", "l", "x", src).NationalLimit.ShouldBe(new Money(24.11m));
        new ClfsRow("0001U", "", "2025", "20250101", "L", 0m, "s", "l", "x", src).NationalLimit.ShouldBeNull();
    }
}
