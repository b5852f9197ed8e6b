using CodeBrief.Core.Errors;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Report;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// <see cref="PageBatch"/>, which <c>verify</c> uses for many files (issue 14, item 7): pages verified on two workers, each with its
/// own connection and caches, give the very reports one verifier gives page by page, in input order; a failing page fails the batch
/// as it would fail one worker, at the first such page in input order.
/// </summary>
public sealed class PageBatchTests
{
    /// <summary>The fixture pages, then the seed pages, repeated until there are enough for two workers.</summary>
    private static List<string> ManyPages()
    {
        var distinct = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures")).Order(StringComparer.Ordinal)
            .Concat(new[] { "000", "001", "002", "003", "004" }.Select(Pages.Seed)).ToList();
        return Enumerable.Range(0, 80).Select(i => distinct[i % distinct.Count]).ToList();
    }

    [Fact]
    public void Verify_ManyPagesOnTwoWorkers_GivesOneVerifiersReportsInInputOrder()
    {
        var paths = ManyPages();
        using var db = RealWarehouse.Open();
        var one = new PageVerifier(db, Pages.AsOf);
        var expected = paths.Select(p => one.Verify(PageReader.Read(p))).ToList();

        var opened = 0;
        var reports = PageBatch.Verify(paths, () => { opened++; return RealWarehouse.Open(); }, Pages.AsOf, null, maxWorkers: 2, CancellationToken.None);

        opened.ShouldBe(2);
        reports.Select(r => r.File).ShouldBe(paths.Select(Path.GetFileName));
        JsonReportWriter.ToJson(reports).ShouldBe(JsonReportWriter.ToJson(expected));
        reports.Count(r => r.HasErrors).ShouldBeGreaterThan(0); // the seeds carry planted errors: the comparison covers findings
    }

    [Fact]
    public void Verify_FewPages_UsesOneConnection()
    {
        var opened = 0;
        var reports = PageBatch.Verify([Pages.Fixture("clean-80053.md"), Pages.Fixture("fees-99213.md")], () => { opened++; return RealWarehouse.Open(); },
            Pages.AsOf, null, maxWorkers: 2, CancellationToken.None);

        opened.ShouldBe(1);
        reports.Select(r => r.Subject).ShouldBe(["80053", "99213"]);
    }

    [Fact]
    public void Verify_MissingPages_FailsWithTheFirstMissingPageInInputOrder()
    {
        var scratch = Directory.CreateTempSubdirectory("codebrief-batch-").FullName;
        try
        {
            var paths = ManyPages();
            paths[70] = Path.Combine(scratch, "late-missing.md");
            paths[9] = Path.Combine(scratch, "early-missing.md");

            var ex = Should.Throw<SourceUnavailableException>(() =>
                PageBatch.Verify(paths, RealWarehouse.Open, Pages.AsOf, null, maxWorkers: 2, CancellationToken.None));

            ex.Message.ShouldContain("early-missing.md");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Verify_BadSubject_IsAUsageError()
    {
        Should.Throw<UsageException>(() =>
            PageBatch.Verify(ManyPages(), RealWarehouse.Open, Pages.AsOf, "not-a-code", maxWorkers: 2, CancellationToken.None));
    }
}
