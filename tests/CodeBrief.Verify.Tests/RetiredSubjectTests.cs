using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>A page about a retired HCPCS code: right when it states the termination, wrong when it is silent.</summary>
public sealed class RetiredSubjectTests
{
    [Fact]
    public void Verify_RetiredSubjectWhosePageStatesTermination_IsInfoNotError()
    {
        var report = Pages.Verify(Pages.Fixture("retired-C9049.md"));

        var finding = report.Findings.Where(f => f.Token == "C9049").ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Terminated);
        finding.Severity.ShouldBe(Severity.Info);
        finding.Evidence.ShouldContain(e => e.Source.Dataset == "hcpcs" && e.Source.Row == 1595);
        report.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void Verify_RetiredSubjectWhosePageIsSilent_IsError()
    {
        var report = Pages.Verify(Pages.Fixture("retired-silent-C9049.md"));

        report.Findings.Where(f => f.Token == "C9049").ShouldAllBe(f => f.Kind == FindingKind.Terminated && f.Severity == Severity.Error);
        report.HasErrors.ShouldBeTrue();
    }
}
