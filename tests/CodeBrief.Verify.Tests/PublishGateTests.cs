using System.Text;
using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Tests.Support;
using Dapper;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// The publishing gate (issue 6, item 4): every brief <c>publish</c> writes from the real warehouse, for the issue's five codes
/// and a broad sample, passes <c>verify</c> with no error and no relationship or duplicate warning, and is grounded (issue 3, item 5):
/// every code in it is in the loaded sets and every number in it is in its dossier.
/// </summary>
public sealed partial class PublishGateTests(PublishedBriefs published) : IClassFixture<PublishedBriefs>
{
    [GeneratedRegex(@"(?<!row )\b(\d{4}[0-9FTUMA]|[A-V]\d{4})\b")]
    private static partial Regex ProcedureCode();

    [GeneratedRegex(@"\b[A-Z]\d{2}\.[0-9A-Z]{1,4}\b")]
    private static partial Regex IcdToken();

    [GeneratedRegex(@"\b[0-9A-Z]{9}X\b")]
    private static partial Regex TaxonomyToken();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<=\d),(?=\d{3})")]
    private static partial Regex ThousandsComma();

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
        var verifier = new PageVerifier(db.Connection, Pages.AsOf);
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
        var builder = new DossierBuilder(db.Connection);
        var codes = builder.AllCodes().ToHashSet(StringComparer.Ordinal);
        var icd = db.Connection.Query<string>("SELECT code FROM icd10cm").Select(c => IcdCode.TryParse(c, out var i) ? i.Display : c).ToHashSet(StringComparer.Ordinal);
        var nucc = db.Connection.Query<string>("SELECT code FROM nucc_taxonomy").ToHashSet(StringComparer.Ordinal);
        var modifiers = db.Connection.Query<string>("SELECT code FROM modifiers UNION SELECT modifier FROM pfs_rvu UNION SELECT modifier FROM clfs").ToHashSet(StringComparer.Ordinal);
        icd.Count.ShouldBeGreaterThan(70_000); // the full ICD-10-CM file, not a fixture
        var problems = new StringBuilder();

        foreach (var code in published.Codes)
        {
            var dossier = builder.Build(code);
            var body = string.Join("\n", File.ReadLines(published.PathOf(code, ".md")).Where(l => !l.Contains("Generated on", StringComparison.Ordinal)));
            // Names of code sets and hashes in the fixed template text carry digits that are not facts.
            var numbersBody = body.Replace("ICD-10-CM", "ICD-CM", StringComparison.Ordinal).Replace("SHA-256", "SHA", StringComparison.Ordinal);

            foreach (Match m in ProcedureCode().Matches(body))
                if (!codes.Contains(m.Value)) problems.AppendLine($"{code}: code {m.Value} is not in the loaded sets");
            foreach (Match m in IcdToken().Matches(body))
                if (!icd.Contains(m.Value)) problems.AppendLine($"{code}: ICD-10-CM {m.Value} is not loaded");
            foreach (Match m in TaxonomyToken().Matches(body))
                if (TaxonomyCode.TryParse(m.Value, out _) && !nucc.Contains(m.Value)) problems.AppendLine($"{code}: taxonomy {m.Value} is not loaded");
            foreach (var modifier in dossier.Modifiers.Select(m => m.Code))
                if (!modifiers.Contains(modifier) && !ModifierRules.CptModifiers.Contains(modifier) && !PfsIndicators.ModifiersNamedByLayout.Contains(modifier))
                    problems.AppendLine($"{code}: modifier {modifier} is in no loaded set");

            var dossierNumbers = Numbers(DossierJson.Serialize(dossier));
            foreach (var n in Numbers(numbersBody))
                if (!dossierNumbers.Contains(n)) problems.AppendLine($"{code}: number {n} is not in its dossier");
        }
        problems.ToString().ShouldBeEmpty();
    }

    private static HashSet<string> Numbers(string text) =>
        NumberToken().Matches(ThousandsComma().Replace(text, "")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
