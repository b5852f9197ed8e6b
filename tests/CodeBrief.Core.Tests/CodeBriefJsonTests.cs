namespace CodeBrief.Core.Tests;

public sealed class CodeBriefJsonTests
{
    private enum Basis { LcdArticle }

    private sealed record Sample(string ShortDescriptor, Money NationalLimit, Basis Basis);

    private static readonly Sample Value = new("Children's <b>tests</b> & more", new Money(24.11m), Basis.LcdArticle);

    [Fact]
    public void Files_Record_SnakeCaseNamesAndEnumsMoneyAsNumberAndReadableText()
    {
        var json = CodeBriefJson.Serialize(Value);

        json.ShouldBe("""
            {
              "short_descriptor": "Children's <b>tests</b> & more",
              "national_limit": 24.11,
              "basis": "lcd_article"
            }
            """, StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void Html_Record_CompactWithMarkupEscaped()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Value, CodeBriefJson.Html);

        json.ShouldBe("""{"short_descriptor":"Children\u0027s \u003Cb\u003Etests\u003C/b\u003E \u0026 more","national_limit":24.11,"basis":"lcd_article"}""");
    }

    [Fact]
    public void FileWriter_TokenWriter_UsesTheFilesEncoderAndIndents()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, CodeBriefJson.FileWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("payer", "O'Brien & Sons");
            writer.WriteEndObject();
        }

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("{\n  \"payer\": \"O'Brien & Sons\"\n}", StringCompareShould.IgnoreLineEndings);
    }
}
