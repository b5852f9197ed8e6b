using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// The summary sentence of a published brief (plain sentences with citation marks): a code quoted inside parentheses or
/// inside a citation's title is not the code the sentence's amounts are pinned on, and a citation's file and row are no claims.
/// </summary>
public sealed class ClaimScopeTests
{
    private const string Summary =
        "88331 (bill 88332 for each additional block) is paid $61.23 nationally under the 2025 fee schedule"
        + " [\\[3\\]](#src-3 \"PPRRVU2025_Oct.csv (RVU25D), row 10457\").";

    [Fact]
    public void Nearest_CodeInsideParenthesesOrCitationTitle_IsNotTheSubject()
    {
        var codes = ClaimScope.CodesIn(Summary);

        codes.Select(c => c.Code).ShouldBe(["88331"]);
        ClaimScope.Nearest(codes, Summary.IndexOf('$', StringComparison.Ordinal), _ => true).ShouldBe("88331");
    }

    [Fact]
    public void Nearest_OnlyParenthesisedCodesInSentence_TakesTheAside_ACodeOutsideWins()
    {
        // "Serum immunoelectrophoresis (CPT 86320) pays $29.92": when only an aside names a code, it names the subject.
        const string aside = "The professional component (88331-26) is paid $40.11.";
        ClaimScope.Nearest(ClaimScope.CodesIn(aside), aside.IndexOf('$', StringComparison.Ordinal), _ => true).ShouldBe("88331");

        const string both = "The visit (99214 when complex) is billed as 99213 and pays $90.";
        ClaimScope.Nearest(ClaimScope.CodesIn(both), both.IndexOf('$', StringComparison.Ordinal), _ => true).ShouldBe("99213");
    }

    [Fact]
    public void Parse_CitationLinkTitle_IsNotPageText()
    {
        var page = PageReader.Parse("88331.md", "# CPT 88331\n\n## Summary\n\n" + Summary + "\n");

        var text = string.Join("\n", page.Paragraphs.Select(p => p.Text));
        text.ShouldContain("$61.23 nationally under the 2025 fee schedule");
        text.ShouldNotContain("PPRRVU2025_Oct.csv");
        text.ShouldNotContain("10457");
        TokenExtractor.Extract(page, "88331").ShouldNotContain(t => t.Code == "10457");
    }
}
