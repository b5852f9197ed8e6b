using CodeBrief.Core.Codes;

namespace CodeBrief.Core.Tests.Codes;

public sealed class HcpcsCodeTests
{
    [Theory]
    [InlineData("86320", CodeType.CptCategoryI)]
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
    [InlineData(null)]
    public void TryParse_NotACode_ReturnsFalse(string? text) => HcpcsCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parse_NotACode_ThrowsFormatExceptionNamingTheText() =>
        Should.Throw<FormatException>(() => HcpcsCode.Parse("A00X1")).Message.ShouldContain("A00X1");

    [Fact]
    public void IsCpt_LevelTwoCode_IsFalse()
    {
        HcpcsCode.Parse("G0103").IsCpt.ShouldBeFalse();
        HcpcsCode.Parse("83789").IsCpt.ShouldBeTrue();
    }
}
