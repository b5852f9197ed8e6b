using CodeBrief.Core.Errors;
using CodeBrief.Sources.Payers;

namespace CodeBrief.Sources.Tests.Http;

public sealed class PayerDirectoryTests
{
    [Fact]
    public void Find_ByAliasOrUniquePart_ReturnsThePayer()
    {
        var directory = PayerDirectory.Load(home: null);
        directory.Find("UHC").Name.ShouldBe("UnitedHealthcare");
        directory.Find("bcbstx").Name.ShouldBe("Blue Cross and Blue Shield of Texas");
        directory.Find("anthem").Name.ShouldBe("Anthem Blue Cross Blue Shield");
    }

    [Fact]
    public void Find_Unknown_IsUsageErrorPointingAtTheList() =>
        Should.Throw<UsageException>(() => PayerDirectory.Load(null).Find("No Such Payer")).Message.ShouldContain("codebrief payers");

    [Fact]
    public void UrlFor_MonthlyPattern_FillsTheMonth()
    {
        var anthem = PayerDirectory.Load(null).Find("Anthem").EntryPoints.Single(e => e.Kind == PayerEntryPoint.TocMonthly);
        anthem.UrlFor(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero))
            .ShouldBe("https://antm-pt-prod-dataz-nogbd-nophi-us-east1.s3.amazonaws.com/anthem/2026-12-01_anthem_index.json.gz");
    }

    [Fact]
    public void Load_MalformedHomeFile_IsInputErrorNamingIt()
    {
        var home = Path.Combine(Path.GetTempPath(), "codebrief-payers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            File.WriteAllText(Path.Combine(home, PayerDirectory.HomeFileName), """{"payers":[{"name":"X","entry_points":[{"kind":"toc"}]}]}""");
            Should.Throw<InputFormatException>(() => PayerDirectory.Load(home)).File.ShouldEndWith(PayerDirectory.HomeFileName);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
