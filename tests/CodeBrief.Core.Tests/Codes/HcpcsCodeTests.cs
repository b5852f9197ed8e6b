using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

namespace CodeBrief.Core.Tests.Codes;

public sealed class HcpcsCodeTests
{
    [Theory]
    [InlineData("86320", CodeType.CptCategoryI)]
    [InlineData("0001A", CodeType.CptCategoryI)]
    [InlineData("0001F", CodeType.CptCategoryII)]
    [InlineData("0689T", CodeType.CptCategoryIII)]
    [InlineData("0001U", CodeType.CptPla)]
    [InlineData("0002M", CodeType.CptMaaa)]
    [InlineData("G0103", CodeType.HcpcsLevelII)]
    [InlineData(" j1885 ", CodeType.HcpcsLevelII)]
    public void TryParse_ValidShapes_ClassifiesCodeSet(string text, CodeType expected)
    {
        HcpcsCode.TryParse(text, out var code).ShouldBeTrue();
        code.Type.ShouldBe(expected);
        code.Value.ShouldBe(text.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("8632")]
    [InlineData("863200")]
    [InlineData("A00X1")]
    [InlineData("0689X")]
    [InlineData("GG103")]
    [InlineData("Z1231")]
    [InlineData("0001B")]
    [InlineData("٠٠٠١A")]
    [InlineData(null)]
    public void TryParse_NotACode_ReturnsFalse(string? text) => HcpcsCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Pattern_InsideALargerRegex_FindsEveryShapeAndNothingElse()
    {
        var found = Regex.Matches("CPT 0001A, 99213, 0689T, 0001F, 0001U, 0002M, G0008 and J1234; not Z1231, 1234, 123456 or 0689X.",
            @"\b" + HcpcsCode.Pattern + @"\b").Select(m => m.Value);

        found.ShouldBe(["0001A", "99213", "0689T", "0001F", "0001U", "0002M", "G0008", "J1234"]);
    }

    [Theory]
    [InlineData("0001A")]
    [InlineData("G0008")]
    [InlineData("Z1231")]
    [InlineData("0689X")]
    public void Pattern_Anchored_AgreesWithTryParse(string text) =>
        Regex.IsMatch(text, "^" + HcpcsCode.Pattern + "$").ShouldBe(HcpcsCode.TryParse(text, out _));

    [Fact]
    public void Parse_NotACode_ThrowsFormatExceptionNamingTheText() =>
        Should.Throw<FormatException>(() => HcpcsCode.Parse("A00X1")).Message.ShouldContain("A00X1");

    [Fact]
    public void IsCpt_LevelTwoCode_IsFalse()
    {
        HcpcsCode.Parse("G0103").IsCpt.ShouldBeFalse();
        HcpcsCode.Parse("83789").IsCpt.ShouldBeTrue();
    }

    [Theory]
    [InlineData("00100", true)]
    [InlineData("00120", true)]
    [InlineData("01999", true)]
    [InlineData("00099", false)]
    [InlineData("02000", false)]
    [InlineData("0010T", false)]
    [InlineData("99213", false)]
    [InlineData("J9271", false)]
    public void IsAnesthesia_OnlyTheCptAnesthesiaRange(string text, bool anesthesia) => HcpcsCode.Parse(text).IsAnesthesia.ShouldBe(anesthesia);
}
