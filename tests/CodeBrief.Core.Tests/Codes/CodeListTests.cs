using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;

namespace CodeBrief.Core.Tests.Codes;

public sealed class CodeListTests
{
    [Fact]
    public void Parse_CommasSemicolonsSpacesAndLines_TrimsUpperCasesAndKeepsFirstOfRepeats()
    {
        var codes = CodeList.Parse(" 99213, 0001a;g0008\n\tJ1234  99213\r\n0689T,\r\n");

        codes.Select(c => c.Value).ShouldBe(["99213", "0001A", "G0008", "J1234", "0689T"]);
    }

    [Fact]
    public void Parse_HashComments_AreIgnoredToTheEndOfTheLine()
    {
        var codes = CodeList.Parse("# codes of the issue\n83789 # mass spectrometry, 99999\n86320\n");

        codes.Select(c => c.Value).ShouldBe(["83789", "86320"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ,\n # nothing\n")]
    public void Parse_NoEntries_ReturnsEmpty(string text) => CodeList.Parse(text).ShouldBeEmpty();

    [Fact]
    public void Parse_InvalidEntries_ThrowsUsageNamingEveryOne()
    {
        var ex = Should.Throw<UsageException>(() => CodeList.Parse("99213, 9921, a00x1\nZ1231 0689T"));

        ex.Message.ShouldContain("\"9921\"");
        ex.Message.ShouldContain("\"A00X1\"", Case.Insensitive);
        ex.Message.ShouldContain("\"Z1231\"");
        ex.Message.ShouldNotContain("\"99213\"");
        ex.Message.ShouldNotContain("\"0689T\"");
    }
}
