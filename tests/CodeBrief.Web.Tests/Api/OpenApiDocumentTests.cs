using System.Text.Json;
using CodeBrief.Core.Codes;

namespace CodeBrief.Web.Tests.Api;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public void Json_CodeParameter_HasTheCodeGrammarOfHcpcsCode()
    {
        using var doc = JsonDocument.Parse(OpenApiDocument.Json);

        var pattern = doc.RootElement.GetProperty("components").GetProperty("parameters").GetProperty("code").GetProperty("schema").GetProperty("pattern").GetString();

        pattern.ShouldBe("^" + HcpcsCode.Pattern + "$");
    }
}
