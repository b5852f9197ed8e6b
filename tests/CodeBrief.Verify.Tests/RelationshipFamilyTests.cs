using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>A claimed same-family relationship is judged by the Dossier's editorial code-family table.</summary>
public sealed class RelationshipFamilyTests
{
    [Fact]
    public void Verify_NeighbourInSameFamily_IsConfirmedByTheFamilyTable()
    {
        var report = Pages.Verify(Pages.Fixture("family-86320.md"));

        report.Findings.Where(f => f.Token == "86317").ShouldBeEmpty();
        var neighbour = report.CheckedAt("86317", 6);
        neighbour.Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_ClaimedNeighbourFromAnotherFamily_StillWarns()
    {
        var report = Pages.Verify(Pages.Fixture("family-86320.md"));

        var unrelated = report.Single("99173", FindingKind.Relationship);
        unrelated.Severity.ShouldBe(Severity.Warning);
        unrelated.Line.ShouldBe(7);
    }

    [Fact]
    public void Verify_WithTwinListedOnlyAsSameFamilyNeighbour_IsNotReportedAsDoneTogether()
    {
        var report = Pages.Verify(Pages.Fixture("family-22869.md"));

        report.Findings.Where(f => f.Token == "22867").ShouldBeEmpty();
        report.CheckedAt("22867", 6).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_WithTwinClaimedAsTwin_IsConfirmedByTheDescriptors()
    {
        var report = Pages.Verify(Pages.Fixture("twin-22869.md"));

        report.Findings.Where(f => f.Token == "22867").ShouldBeEmpty();
        report.CheckedAt("22867", 6).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_ClaimedTwinWhoseDescriptorIsNoWithWithoutPair_IsStillJudged()
    {
        var report = Pages.Verify(Pages.Fixture("twin-22869.md"));

        report.CheckedAt("99214", 7).Verdict.ShouldNotBe(Verdict.Ok);
    }
}
