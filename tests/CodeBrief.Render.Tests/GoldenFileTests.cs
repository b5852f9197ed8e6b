using System.Runtime.CompilerServices;

namespace CodeBrief.Render.Tests;

/// <summary>
/// Compares each renderer's output for the five example codes with the golden files in Expectations/{format}/.
/// Set CODEBRIEF_UPDATE_GOLDEN=1 to rewrite them after an intended change (then review the diff).
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Renderers.All)
            foreach (var code in BriefFixture.SeedCodes) data.Add(r.Format, code);
        data.Add("md", "70450");
        data.Add("md", "G2211");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SeedCode_MatchesGoldenFile(string format, string code)
    {
        var renderer = Renderers.For(format);
        var actual = renderer.Render(BriefFixture.Build(code));
        var path = Path.Combine(Folder(), "Expectations", format, code + renderer.Extension);
        if (Environment.GetEnvironmentVariable("CODEBRIEF_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        File.Exists(path).ShouldBeTrue($"golden file {path} is missing; run with CODEBRIEF_UPDATE_GOLDEN=1");
        actual.ShouldBe(File.ReadAllText(path));
    }

    [Fact]
    public void Render_SameInputsTwice_ByteIdentical()
    {
        foreach (var r in Renderers.All)
            r.Render(BriefFixture.Build("86320")).ShouldBe(r.Render(BriefFixture.Build("86320")));
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!; // the compiler always supplies the path
}
