using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Testing;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// The publishing gate (issue 6, item 4): every brief <c>publish</c> writes from the real warehouse, for the issue's five codes
/// and a broad sample, passes <c>verify</c> with no error and no relationship or duplicate warning, and is grounded (issue 3, item 5):
/// every code in it is in the loaded sets and every number in it is in its dossier.
/// </summary>
public sealed class PublishGateTests(PublishedBriefs published) : IClassFixture<PublishedBriefs>
{
    [Fact]
    public void Publish_IssueCodesAndSample_WritesEveryBriefInMarkdownAndHtml()
    {
        published.Exit.ShouldBe(0, published.Output);
        published.Codes.Count.ShouldBeGreaterThan(100, published.ToString());
        foreach (var (code, path) in published.Briefs()) File.Exists(path).ShouldBeTrue($"{code}: {path} was not written");
        // The sample spans the code types the warehouse holds, not one block of numbers.
        var types = published.Codes.Select(c => HcpcsCode.Parse(c).Type).ToHashSet();
        types.ShouldContain(CodeType.CptCategoryI);
        types.ShouldContain(CodeType.CptCategoryII);
        types.ShouldContain(CodeType.CptPla);
        types.ShouldContain(CodeType.CptCategoryIII);
        types.ShouldContain(CodeType.HcpcsLevelII);
    }

    [Fact]
    public void Verify_EveryPublishedBrief_HasNoErrorAndNoRelationshipOrDuplicateWarning()
    {
        using var db = RealWarehouse.Open();
        var verifier = new PageVerifier(db, Pages.AsOf);
        var problems = new StringBuilder();
        var verified = 0;
        foreach (var (code, path) in published.Briefs())
        {
            var report = verifier.Verify(PageReader.Read(path));
            report.Subject.ShouldBe(code, path);
            report.Checked.ShouldNotBeEmpty(path);
            verified++;
            foreach (var f in report.Findings.Where(f => f.Severity == Severity.Error || f.Kind is FindingKind.Relationship or FindingKind.Duplicate))
                problems.AppendLine($"{Path.GetFileName(path)}:{f.Line} {f.Severity} [{f.Kind}] {f.Token}: {f.Message}");
        }
        verified.ShouldBe(published.Codes.Count * PublishedBriefs.Extensions.Length);
        problems.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Grounding_EveryPublishedMarkdownBrief_CodesAreLoadedAndNumbersAreInItsDossier()
    {
        using var db = RealWarehouse.Open();
        var builder = new DossierBuilder(db);
        var check = new GroundingCheck(db);
        check.IcdCodes.ShouldBeGreaterThan(70_000); // the full ICD-10-CM file, not a fixture
        var problems = new StringBuilder();

        foreach (var code in published.Codes)
        {
            var dossier = builder.Build(code);
            var markdown = File.ReadAllText(published.PathOf(code, ".md"));
            foreach (var problem in check.Problems(code, dossier, markdown, dossier.Modifiers.Select(m => m.Code)))
                problems.AppendLine(problem);
        }
        problems.ToString().ShouldBeEmpty();
    }
}
