using System.Globalization;
using System.Text;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Issue 14's acceptance grade: verify, with no subject, over the pages of <c>Corpus/</c> (realistic pages we wrote, Markdown
/// and HTML, tables and prose, several codes each, with planted errors of every kind beside correct facts; those of
/// <c>Corpus/PaymentSystems/</c> quote OPPS, ASC and ASP amounts and are graded with those files loaded). Each page's
/// <c>.key</c> lists its planted errors by line and kind; it was written with the page, apart from the checks. A planted
/// error is found when a warning or error of its kind stands on its line; any other warning or error is a false alarm.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private sealed record Grade(int Planted, int Found, int FalseAlarms, int CorrectFacts, string Detail);

    private static readonly Lazy<Grade> Result = new(GradeCorpus);

    /// <summary>Pages about OPPS, ASC and ASP amounts, graded against <see cref="PaymentSystemWarehouse"/> (those files are not in the mirror).</summary>
    private static readonly string PaymentSystemsFolder = Path.Combine(Folder, "PaymentSystems");

    private static Grade GradeCorpus()
    {
        using var db = RealWarehouse.Open();
        using var withPaymentSystems = PaymentSystemWarehouse.Open();
        var verifier = new PageVerifier(db, Support.Pages.AsOf);
        var paymentSystemsVerifier = new PageVerifier(withPaymentSystems, Support.Pages.AsOf);
        int planted = 0, found = 0, falseAlarms = 0, correct = 0;
        var detail = new StringBuilder();
        foreach (var page in CorpusPages())
        {
            var pageVerifier = Path.GetDirectoryName(page) == PaymentSystemsFolder ? paymentSystemsVerifier : verifier;
            var key = Key(Path.ChangeExtension(page, ".key"));
            var report = pageVerifier.Verify(PageReader.Read(page));
            var flagged = report.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
            var missed = key.Where(k => !flagged.Any(f => f.Line == k.Line && f.Kind == k.Kind)).ToList();
            var extra = flagged.Where(f => !key.Contains((f.Line, f.Kind))).ToList();
            planted += key.Count;
            found += key.Count - missed.Count;
            falseAlarms += extra.Count;
            correct += report.Checked.Count - key.Count;
            foreach (var m in missed) detail.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(page)}:{m.Line} missed {m.Kind}");
            foreach (var f in extra) detail.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(page)}:{f.Line} false alarm {f.Kind} {f.Token}: {f.Message}");
        }
        return new Grade(planted, found, falseAlarms, correct, detail.ToString());
    }

    private static IEnumerable<string> CorpusPages() =>
        Directory.GetFiles(Folder).Concat(Directory.GetFiles(PaymentSystemsFolder))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static HashSet<(int Line, string Kind)> Key(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')).Select(c => (int.Parse(c[0], CultureInfo.InvariantCulture), c[1].Trim())).ToHashSet();

    [Fact]
    public void Corpus_HasManyPagesInBothFormsWithEveryKindPlanted()
    {
        var pages = CorpusPages().ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(10);
        pages.ShouldContain(p => p.EndsWith(".html", StringComparison.Ordinal));
        pages.ShouldContain(p => p.EndsWith(".md", StringComparison.Ordinal));
        var kinds = pages.SelectMany(p => Key(Path.ChangeExtension(p, ".key"))).Select(k => k.Kind).ToHashSet();
        kinds.ShouldBe(new[] { FindingKind.FeeMismatch, FindingKind.DescriptionMismatch, FindingKind.GlobalPeriod, FindingKind.ModifierInapplicable,
            FindingKind.NotBillable, FindingKind.Nonexistent, FindingKind.Terminated, FindingKind.ImplausibleTaxonomy }, ignoreOrder: true);
    }

    [Fact]
    public void Corpus_PaymentSystemPages_EveryPlantedErrorFoundAndNoFalseAlarm()
    {
        var pages = Directory.GetFiles(PaymentSystemsFolder, "*.md");
        pages.Length.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var page in pages) Result.Value.Detail.ShouldNotContain(Path.GetFileName(page) + ":", customMessage: Result.Value.Detail);
    }

    [Fact]
    public void Corpus_VerifyFindsAtLeast95PercentOfPlantedErrors()
    {
        var g = Result.Value;
        g.Planted.ShouldBeGreaterThanOrEqualTo(40);
        ((double)g.Found / g.Planted).ShouldBeGreaterThanOrEqualTo(0.95, g.Detail);
    }

    [Fact]
    public void Corpus_FalseAlarmsAreAtMost2PercentOfTheCorrectFacts()
    {
        var g = Result.Value;
        g.CorrectFacts.ShouldBeGreaterThan(150);
        ((double)g.FalseAlarms / g.CorrectFacts).ShouldBeLessThanOrEqualTo(0.02, g.Detail);
    }
}
