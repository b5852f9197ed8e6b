using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>A descriptor quoted word for word from a loaded file is never a mismatch; a reworded one is still judged.</summary>
public sealed class DescriptionQuoteTests
{
    [Fact]
    public void Verify_ShortDescriptorQuotedVerbatim_IsNoMismatch()
    {
        var report = Pages.Verify(Pages.Fixture("quoted-C8900.md"));

        report.Findings.Where(f => f.Line == 6).ShouldBeEmpty();
        report.CheckedAt("C8902", 6).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_DescriptorThatDropsTheWithoutPart_IsStillAnError()
    {
        var report = Pages.Verify(Pages.Fixture("quoted-C8900.md"));

        var mismatch = report.Findings.Where(f => f.Line == 11 && f.Kind == FindingKind.DescriptionMismatch).ShouldHaveSingleItem();
        mismatch.Severity.ShouldBe(Severity.Error);
        mismatch.Evidence.ShouldContain(e => e.Source.Dataset == "hcpcs");
    }

    [Fact]
    public void Verify_SameCodeWithDifferentModifierCells_IsNoDuplicateButARepeatedRowIs()
    {
        var report = Pages.Verify(Pages.Fixture("quoted-C8900.md"));

        report.Findings.Where(f => f.Kind == FindingKind.Duplicate && f.Token == "C8902" && f.Line is 16 or 17).ShouldBeEmpty();
        report.Findings.Where(f => f.Kind == FindingKind.Duplicate && f.Token == "C8902" && f.Line == 18).ShouldHaveSingleItem().Message.ShouldContain("line 17");
    }
}
