using CodeBrief.Core.Errors;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.LcdArticle;

/// <summary>The covered-group paragraphs (<c>article_x_icd10_covered_group.csv</c>) and modifiers (<c>article_x_hcpc_modifier.csv</c>)
/// in the columns the Coverage API and the MCD download share, as <c>data fetch --live coverage</c> writes them.</summary>
public sealed class LcdArticleGroupAndModifierTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "codebrief-lcdgm-" + Guid.NewGuid().ToString("N"));

    public LcdArticleGroupAndModifierTests() => Directory.CreateDirectory(_dir);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Groups_ReadTheParagraphPerArticleAndGroup_AndOnlyThisFormatClaimsTheFile()
    {
        var path = Write("article_x_icd10_covered_group.csv",
            "\"article_id\",\"article_version\",\"icd10_covered_group\",\"paragraph\",\"icd10_covered_ast\",\"last_updated\",\"endpoint\",\"retrieved_at\"\r\n"
            + "\"99911\",\"3\",\"1\",\"<p>Lipid disorders (illustrative)</p>\",\"\",\"10/01/2025\",\"http://x/\",\"2025-12-01T00:00:00Z\"\r\n"
            + "\"99911\",\"3\",\"2\",\"Diabetes, \"\"with\"\" complications\",\"*\",\"10/02/2025\",\"http://x/\",\"2025-12-01T00:00:00Z\"\r\n");
        var format = new LcdArticleIcd10GroupFormat();

        var rows = RealFiles.ReadAll(format, path);

        rows.ShouldAllBe(r => r.Problem == null);
        var second = RealFiles.Where(rows, r => r.Group == "2").ShouldHaveSingleItem();
        (second.ArticleId, second.ArticleVersion, second.Paragraph, second.Asterisk, second.Source.Row).ShouldBe(("99911", "3", "Diabetes, \"with\" complications", "*", 3L));
        format.ReadVersion(path).ShouldBe("2025-10-02");
        ReferenceFormats.All.Where(f => f.Recognises(path)).ShouldHaveSingleItem().ShouldBeOfType<LcdArticleIcd10GroupFormat>();
    }

    [Fact]
    public void Modifiers_ReadUpperCase_AndABadModifierFailsItsRowNamingTheColumn()
    {
        var path = Write("article_x_hcpc_modifier.csv",
            "\"article_id\",\"article_version\",\"hcpc_modifier_code_id\",\"hcpc_modifier_code_version\",\"hcpc_modifier_group\",\"description\",\"last_updated\"\r\n"
            + "\"99911\",\"3\",\"qw\",\"1\",\"1\",\"CLIA waived test\",\"10/01/2025\"\r\n"
            + "\"99911\",\"3\",\"QWX\",\"1\",\"1\",\"not a modifier\",\"10/01/2025\"\r\n");
        var format = new LcdArticleModifierFormat();

        var rows = RealFiles.ReadAll(format, path);

        rows.Count.ShouldBe(2);
        var first = rows[0].Value.ShouldNotBeNull();
        (first.Modifier, first.ModifierGroup, first.Description).ShouldBe(("QW", "1", "CLIA waived test"));
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        problem.Location.Line.ShouldBe(3);
        problem.Found.ShouldBe("QWX");
        ReferenceFormats.All.Where(f => f.Recognises(path)).ShouldHaveSingleItem().ShouldBeOfType<LcdArticleModifierFormat>();
    }

    [Fact]
    public void Modifiers_ABlankModifierFailsItsRowAsMissing()
    {
        var path = Write("article_x_hcpc_modifier.csv",
            "\"article_id\",\"article_version\",\"hcpc_modifier_code_id\",\"hcpc_modifier_code_version\",\"hcpc_modifier_group\",\"description\",\"last_updated\"\r\n"
            + "\"99911\",\"3\",\"\",\"1\",\"1\",\"no modifier\",\"10/01/2025\"\r\n");

        var problem = RealFiles.ReadAll(new LcdArticleModifierFormat(), path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        problem.Kind.ShouldBe(InputErrorKind.MissingField);
        problem.Location.Line.ShouldBe(2);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
