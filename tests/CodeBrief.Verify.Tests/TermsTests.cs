using CodeBrief.Verify.Checks;
using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Tests;

public sealed class TermsTests
{
    [Theory]
    [InlineData("abdom", "abdomen", true)]
    [InlineData("tis", "tissue", true)]
    [InlineData("radiology", "radiologist", true)]
    [InlineData("immunology", "immunoglobulin", false)]
    [InlineData("psychiatry", "gastroenterology", false)]
    public void Same_AbbreviationsAndStems_MatchOnlyRealVariants(string a, string b, bool expected) => Terms.Same(a, b).ShouldBe(expected);

    [Fact]
    public void CoveredBy_ShortDescriptorAgainstSpelledOutText_IsFull()
    {
        var official = Terms.Of("Echo guide for biopsy");
        var page = Terms.Of("Ultrasonic guidance for needle placement (e.g., biopsy), imaging supervision and interpretation");

        official.CoveredBy(page).ShouldBe(1.0);
    }

    [Fact]
    public void Find_CompleteAgainstLimited_IsAContradiction()
    {
        var found = Contradiction.Find(Terms.Of("Us exam abdom complete"), Terms.Of("Ultrasound, abdominal, real time with image documentation; limited (e.g., single organ)"));

        found.ShouldBe(("complete", "limited"));
    }

    [Fact]
    public void Find_WithOnADifferentObject_IsNoContradiction()
    {
        Contradiction.Find(Terms.Of("Quan us tis charac w/o dx us"), Terms.Of("Ultrasound Quantitative Tissue Analysis with Interpretation")).ShouldBeNull();
    }

    [Fact]
    public void IsWithoutWithPair_TwinDescriptors_Pair()
    {
        RelationshipCheck.IsWithoutWithPair(Terms.Of("Quan us tis charac w/o dx us"), Terms.Of("Quan us tis charac w/dx us")).ShouldBeTrue();
        RelationshipCheck.IsWithoutWithPair(Terms.Of("Quan us tis charac w/o dx us"), Terms.Of("Us exam abdom complete")).ShouldBeFalse();
    }
}
