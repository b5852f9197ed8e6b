using CodeBrief.Analytics.Medicare;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests.Checks;

/// <summary>A modifier finding explains the indicator in the same words as the brief: those of <see cref="PfsIndicators"/>.</summary>
public sealed class ModifierRulesTests
{
    [Theory]
    [InlineData("62", "CO-SURG = 0")]
    [InlineData("80", "ASST SURG = 0")]
    public void Judge_Seed002SurgeryModifiers_QuoteTheLayoutMeaning(string modifier, string indicator)
    {
        var report = Pages.Verify(Pages.Seed("002"));

        var meaning = modifier == "62" ? PfsIndicators.CoSurgery("0") : PfsIndicators.AssistantSurgery("0");
        report.Single(modifier, FindingKind.ModifierInapplicable).Message.ShouldContain($"{indicator} ({meaning})");
    }

    [Fact]
    public void Judge_Seed002ReturnToRoomWithoutGlobalPeriod_ComposesTheLayoutMeaningWithTheModifierRule()
    {
        var report = Pages.Verify(Pages.Seed("002"));

        var message = report.Single("78", FindingKind.ModifierInapplicable).Message;
        message.ShouldContain($"({PfsIndicators.GlobalDays("XXX")}; a return to the operating room is paid at the intra-operative share");
    }

    [Fact]
    public void Judge_Seed004TechnicalComponentOnInterpretationCode_QuotesThePctcMeaning()
    {
        var report = Pages.Verify(Pages.Seed("004"));

        report.Single("TC", FindingKind.ModifierInapplicable).Message.ShouldContain($"PCTC IND = 6 ({PfsIndicators.Pctc("6")})");
    }

    [Fact]
    public void Judge_BilateralOnCodeWithoutTheConcept_QuotesTheBilateralMeaning()
    {
        var report = Pages.Verify(Pages.Fixture("wrong-85025.md"));

        report.Single("50", FindingKind.ModifierInapplicable).Message.ShouldContain($"BILAT SURG = 9 ({PfsIndicators.Bilateral("9")})");
    }
}
