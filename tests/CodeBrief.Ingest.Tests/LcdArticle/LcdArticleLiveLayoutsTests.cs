using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.LcdArticle;

/// <summary>The layouts <c>data fetch --live coverage</c> writes: the Coverage API article report, and the non-covered codes table
/// (also the MCD download's <c>article_x_icd10_noncovered.csv</c>).</summary>
public sealed class LcdArticleLiveLayoutsTests
{
    private readonly LcdArticleReportFormat _report = new();
    private readonly LcdArticleIcd10NoncoveredFormat _noncovered = new();

    private static string Documents => SharedData.Path("mcd_coverage", "documents_latest.csv");

    [Fact]
    public void Report_RealDocumentsList_Reads3133DocumentsWithContractorOnOneLine()
    {
        var rows = RealFiles.ReadAll(_report, Documents);

        rows.Count.ShouldBe(3133);
        rows.ShouldAllBe(r => r.Problem == null);
        RealFiles.Where(rows, r => r.DocumentType == "Article").Count().ShouldBe(2161);
        var denosumab = RealFiles.Where(rows, r => r.DisplayId == "A52399").ShouldHaveSingleItem();
        (denosumab.DocumentId, denosumab.Version, denosumab.EffectiveDate, denosumab.RetirementDate).ShouldBe(("52399", "57", "07/31/2025", "N/A"));
        denosumab.Title.ShouldBe("Billing and Coding: Denosumab (Prolia®, Xgeva®, Jubbonti®, Wyost®)");
        denosumab.Contractor.ShouldBe("National Government Services, Inc. (MAC - Part A, MAC - Part B)");
        denosumab.Url.ShouldBe("https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=52399&ver=57");
    }

    [Fact]
    public void Report_JurisdictionColumn_IsReadWhenPresentAndNullWithout()
    {
        var path = Path.Combine(Path.GetTempPath(), "codebrief-report-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "\"contractor_name_type\",\"document_display_id\",\"document_id\",\"document_type\",\"document_version\",\"effective_date\",\"note\",\"retirement_date\",\"title\",\"updated_on\",\"updated_on_sort\",\"url\",\"jurisdiction\",\"endpoint\",\"retrieved_at\"\r\n"
                + "\"Example MAC One, LLC\n(MAC - Part B)\",\"A99911\",\"99911\",\"Article\",\"3\",\"01/01/2025\",\"\",\"N/A\",\"Lipid Testing (illustrative)\",\"10/01/2025\",\"20251001120000\",\"\",\"California; Nevada\",\"http://x/\",\"2025-12-01T00:00:00Z\"\r\n"
                + "\"Example MAC Two, Inc.\n(MAC - Part A)\",\"A99912\",\"99912\",\"Article\",\"5\",\"03/15/2025\",\"\",\"N/A\",\"Lipid Panel (illustrative)\",\"11/10/2025\",\"20251110093000\",\"\",\"\",\"http://x/\",\"2025-12-01T00:00:00Z\"\r\n");

            var rows = RealFiles.ReadAll(_report, path);

            rows.ShouldAllBe(r => r.Problem == null);
            RealFiles.Where(rows, r => r.DocumentId == "99911").ShouldHaveSingleItem().Jurisdiction.ShouldBe("California; Nevada");
            RealFiles.Where(rows, r => r.DocumentId == "99912").ShouldHaveSingleItem().Jurisdiction.ShouldBeNull();
        }
        finally
        {
            File.Delete(path);
        }
        // The published report has no such column: no jurisdiction, never a guessed one.
        RealFiles.Where(RealFiles.ReadAll(_report, Documents), r => r.DisplayId == "A52399").ShouldHaveSingleItem().Jurisdiction.ShouldBeNull();
    }

    [Fact]
    public void Report_Version_IsTheNewestUpdatedOnSortDate()
    {
        _report.ReadVersion(Documents).ShouldBe("2025-08-08");
    }

    [Fact]
    public void Report_IsTheOnlyFormatClaimingTheDocumentsList()
    {
        ReferenceFormats.All.Where(f => f.Recognises(Documents)).ShouldHaveSingleItem().ShouldBeOfType<LcdArticleReportFormat>();
    }

    [Fact]
    public void Noncovered_Fixture_ReadsTheNoncoveredGroupAndIsTheOnlyFormatClaimingIt()
    {
        var path = EvidenceFixtures.Path(EvidenceFixtures.ArticleIcd10NonCovered);

        var rows = RealFiles.ReadAll(_noncovered, path);

        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Problem == null);
        var first = RealFiles.Where(rows, r => r.Icd10Code == "Z0000").ShouldHaveSingleItem();
        (first.ArticleId, first.ArticleVersion, first.NoncoveredGroup, first.SortOrder, first.Source.Row).ShouldBe(("99902", "7", "1", "1", 2L));
        _noncovered.ReadVersion(path).ShouldBe("2025-10-02");
        ReferenceFormats.All.Where(f => f.Recognises(path)).ShouldHaveSingleItem().ShouldBeOfType<LcdArticleIcd10NoncoveredFormat>();
        _noncovered.Recognises(EvidenceFixtures.Path(EvidenceFixtures.ArticleIcd10)).ShouldBeFalse();
    }
}
