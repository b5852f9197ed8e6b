using CodeBrief.Cli.Commands;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;

namespace CodeBrief.Cli.Tests.Commands;

public sealed class CodeListInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-codes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_CodesFileWithCommentsCommasAndLines_ReadsEveryCode()
    {
        var file = Path.Combine(_folder, "codes.txt");
        File.WriteAllText(file, "# issue codes\n83789, 83950\n0689t # ultrasound\r\n0001A\n");

        var codes = CodeListInput.Read(null, new FileInfo(file));

        codes.ShouldNotBeNull().Select(c => c.Value).ShouldBe(["83789", "83950", "0689T", "0001A"]);
    }

    [Fact]
    public void Read_CodesOptionWithSpaces_ReadsEveryCode() =>
        CodeListInput.Read("83789 86320", null).ShouldNotBeNull().Select(c => c.Value).ShouldBe(["83789", "86320"]);

    [Fact]
    public void Read_Neither_ReturnsNull() => CodeListInput.Read(null, null).ShouldBeNull();

    [Fact]
    public void Read_Both_ThrowsUsage() =>
        Should.Throw<UsageException>(() => CodeListInput.Read("83789", new FileInfo(Path.Combine(_folder, "codes.txt"))));

    [Fact]
    public void Read_MissingFile_ThrowsSourceUnavailableNamingIt()
    {
        var file = Path.Combine(_folder, "missing.txt");

        Should.Throw<SourceUnavailableException>(() => CodeListInput.Read(null, new FileInfo(file))).What.ShouldBe(file);
    }

    [Fact]
    public void RequireKnown_UnknownCode_ThrowsUsageNamingItAndTheCloseMatch()
    {
        var e = Should.Throw<UsageException>(() => CodeListInput.RequireKnown(CodeList.Parse("86321, 99213"), ["86320", "99213"]));
        e.Message.ShouldContain("86321");
        e.Message.ShouldContain("86320");
        e.Message.ShouldNotContain("99213");
    }

    [Fact]
    public void RequireKnown_NoCodeSetsLoaded_ChecksNothing() =>
        Should.NotThrow(() => CodeListInput.RequireKnown(CodeList.Parse("86321"), []));
}
