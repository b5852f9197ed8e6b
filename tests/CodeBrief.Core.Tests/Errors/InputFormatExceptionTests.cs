using CodeBrief.Core.Errors;

namespace CodeBrief.Core.Tests.Errors;

public sealed class InputFormatExceptionTests
{
    [Fact]
    public void Message_TextFile_NamesFileLineColumnsAndFoundText()
    {
        var ex = new InputFormatException("hcpcs_2026.txt", InputErrorKind.MalformedValue,
            "expected a HCPCS Level II code (one letter, four digits)", new InputLocation(Line: 18223, ColumnStart: 1, ColumnEnd: 5), found: "A00X1");
        ex.Kind.ShouldBe(InputErrorKind.MalformedValue);
        ex.Location.Line.ShouldBe(18223);
        ex.Message.ShouldBe("hcpcs_2026.txt: expected a HCPCS Level II code (one letter, four digits), found \"A00X1\". line 18223, columns 1-5");
    }

    [Fact]
    public void Message_Json_NamesPathAndDecompressedOffset()
    {
        var ex = new InputFormatException("plan.json.gz", InputErrorKind.WrongType, "expected a number for \"negotiated_rate\"",
            new InputLocation(JsonPath: "$.in_network[4].negotiated_rates[0]", ByteOffset: 1284977311), found: "N/A");
        ex.Message.ShouldContain("Path: $.in_network[4].negotiated_rates[0] | Offset: 1284977311 (decompressed)");
    }

    [Fact]
    public void Quote_LongOrControlText_IsCappedAndEscaped()
    {
        InputFormatException.Quote("a\tb").ShouldBe("a0x09b");
        InputFormatException.Quote(new string('x', 50)).Length.ShouldBe(41);
    }
}
