using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

namespace CodeBrief.Core.Tests.Codes;

public sealed class OtherCodeTests
{
    [Theory]
    [InlineData("C50.911", "C50911", "C50.911")]
    [InlineData("e119", "E119", "E11.9")]
    [InlineData("I10", "I10", "I10")]
    public void IcdCode_TryParse_StoresWithoutDotAndDisplaysWithIt(string text, string stored, string display)
    {
        IcdCode.TryParse(text, out var code).ShouldBeTrue();
        code.Value.ShouldBe(stored);
        code.Display.ShouldBe(display);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("E1")]
    [InlineData("9E119")]
    [InlineData("E11.9.1.2.3")]
    [InlineData("E11.")]
    [InlineData("E1.19")]
    [InlineData("E1191234")]
    public void IcdCode_TryParse_Malformed_ReturnsFalse(string text) => IcdCode.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("207L00000X", true)]
    [InlineData("2084P0800X", true)]
    [InlineData("207l00000x", true)]
    [InlineData("207L00000", false)]
    [InlineData("ABCDEFGHIX", false)]
    [InlineData("A12300000X", false)]
    public void TaxonomyCode_TryParse_RequiresNucShape(string text, bool ok) => TaxonomyCode.TryParse(text, out _).ShouldBe(ok);

    [Theory]
    [InlineData("   GA", "GA", false)]
    [InlineData("26", "26", true)]
    [InlineData("tc", "TC", false)]
    public void ModifierCode_TryParse_TrimsRightJustifiedModifiers(string text, string value, bool isCpt)
    {
        ModifierCode.TryParse(text, out var code).ShouldBeTrue();
        code.Value.ShouldBe(value);
        code.IsCpt.ShouldBe(isCpt);
    }

    [Fact]
    public void IcdCode_TryParse_FY2026CodeWithLetterSecond_IsAccepted()
    {
        IcdCode.TryParse("QA00101", out var code).ShouldBeTrue();
        code.Display.ShouldBe("QA0.0101");
        IcdCode.TryParse(code.Display, out var again).ShouldBeTrue();
        again.ShouldBe(code);
    }

    [Fact]
    public void IcdCode_DottedPattern_FindsPrintedCodesOnly()
    {
        var found = Regex.Matches("E11.9 and C50.911, not I10 or E119", @"\b" + IcdCode.DottedPattern + @"\b").Select(m => m.Value);

        found.ShouldBe(["E11.9", "C50.911"]);
    }

    [Fact]
    public void TaxonomyCode_Pattern_FindsCodesInText() =>
        Regex.Matches("207L00000X and 2084P0800X, not EXPERIMENTX", @"\b" + TaxonomyCode.Pattern + @"\b").Select(m => m.Value)
            .ShouldBe(["207L00000X", "2084P0800X"]);

    [Theory]
    [InlineData("2")]
    [InlineData("TC1")]
    [InlineData("T-")]
    public void ModifierCode_TryParse_NotTwoLettersOrDigits_ReturnsFalse(string text) => ModifierCode.TryParse(text, out _).ShouldBeFalse();
}
