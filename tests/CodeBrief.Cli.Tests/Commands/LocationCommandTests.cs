using System.Text.Json;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary><c>--zip</c> and <c>--locality</c> on <c>code</c> and <c>brief</c>, over the fixture warehouse.</summary>
public sealed class LocationCommandTests : IDisposable
{
    private readonly FixtureHome _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _fixture.Run(args);

    [Fact]
    public async Task CodeJson_Locality_CarriesTheLocalityAndItsAmountPerRow()
    {
        var (code, stdout, stderr) = await Run("code", "86320", "--locality", "01112-05", "--json");

        code.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var location = json.RootElement.GetProperty("dossier").GetProperty("location");
        location.GetProperty("locality").GetProperty("mac").GetString().ShouldBe("01112");
        var pc = location.GetProperty("pfs").EnumerateArray().Single(p => p.GetProperty("modifier").GetString() == "26");
        pc.GetProperty("amount").GetProperty("non_facility").GetProperty("amount").GetDecimal().ShouldBe(20.05m);
    }

    [Fact]
    public async Task Brief_Locality_PrintsTheLocalTable()
    {
        var (code, stdout, stderr) = await Run("brief", "86320", "--locality", "01112-05");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("In locality 01112-05: Medicare payment locality 01112-05 SAN FRANCISCO");
        stdout.ShouldContain("$20.05");
    }

    [Theory]
    [InlineData("--zip", "9410", "is not a ZIP code")]
    [InlineData("--zip", "00001", "ZIP 00001 is not in the loaded ZIP-to-carrier-locality file")]
    [InlineData("--locality", "01112-99", "Locality 01112-99 is not in the loaded GPCI file")]
    public async Task Code_MalformedOrUnknownPlace_ExitsTwoNamingIt(string option, string value, string message)
    {
        var (code, stdout, stderr) = await Run("code", "86320", option, value);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain(message);
        stderr.ShouldNotContain("   at ");
    }
}
