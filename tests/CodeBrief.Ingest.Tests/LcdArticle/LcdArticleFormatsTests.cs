using CodeBrief.Core.Errors;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.LcdArticle;

public sealed class LcdArticleFormatsTests
{
    private const string IcdHeader =
        "\"article_id\",\"article_version\",\"icd10_code_id\",\"icd10_code_version\",\"icd10_covered_group\",\"range\",\"last_updated\",\"sort_order\",\"description\",\"asterisk\"";

    private readonly LcdArticleIcd10Format _icd = new();
    private readonly LcdArticleHcpcFormat _hcpc = new();

    [Fact]
    public void Read_CoveredFixture_Yields16RowsWithCodesWithoutDots()
    {
        var rows = RealFiles.ReadAll(_icd, EvidenceFixtures.Path(EvidenceFixtures.ArticleIcd10));

        rows.Count.ShouldBe(16);
        rows.ShouldAllBe(r => r.Problem == null);
        var first = RealFiles.Where(rows, r => r.Icd10Code == "E1122").ShouldHaveSingleItem();
        (first.ArticleId, first.ArticleVersion, first.CoveredGroup, first.SortOrder).ShouldBe(("99901", "12", "1", "1"));
        first.Description.ShouldBe("Type 2 diabetes mellitus with diabetic chronic kidney disease");
        RealFiles.Where(rows, r => r.Icd10Code == "R730").ShouldHaveSingleItem().ArticleId.ShouldBe("99903");
    }

    [Fact]
    public void Read_HcpcFixture_Yields6Rows()
    {
        var rows = RealFiles.ReadAll(_hcpc, EvidenceFixtures.Path(EvidenceFixtures.ArticleHcpc));

        rows.Count.ShouldBe(6);
        rows.ShouldAllBe(r => r.Problem == null);
        RealFiles.Where(rows, r => r.Code == "83036").Select(r => r.ArticleId).ShouldBe(["99901", "99903"]);
    }

    [Fact]
    public void ReadVersion_Fixtures_AreNewestLastUpdatedDate()
    {
        _icd.ReadVersion(EvidenceFixtures.Path(EvidenceFixtures.ArticleIcd10)).ShouldBe("2025-10-02");
        _hcpc.ReadVersion(EvidenceFixtures.Path(EvidenceFixtures.ArticleHcpc)).ShouldBe("2025-10-02");
    }

    [Fact]
    public void Recognises_NonCoveredTable_IsFalseForBoth()
    {
        var path = EvidenceFixtures.Path(EvidenceFixtures.ArticleIcd10NonCovered);

        _icd.Recognises(path).ShouldBeFalse();
        _hcpc.Recognises(path).ShouldBeFalse();
    }

    [Fact]
    public void Recognises_RenamedExport_ByHeader()
    {
        using var file = TempFile.Lines("covered.csv", IcdHeader, "\"99901\",\"12\",\"E11.9\",\"1\",\"1\",\"\",\"2025-09-18 10:12:45\",\"4\",\"x\",\"\"");

        _icd.Recognises(file.Path).ShouldBeTrue();
        _hcpc.Recognises(file.Path).ShouldBeFalse();
    }

    [Fact]
    public void Read_MalformedIcdCode_RejectsRowWithColumn()
    {
        using var file = TempFile.Lines("covered.csv", IcdHeader,
            "\"99901\",\"12\",\"E1.19\",\"1\",\"1\",\"\",\"2025-09-18 10:12:45\",\"4\",\"x\",\"\"");

        var problem = RealFiles.ReadAll(_icd, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart, problem.Found)
            .ShouldBe((InputErrorKind.MalformedValue, 2L, 14, "E1.19"));
    }

    [Fact]
    public void Read_ArticleIdNotANumber_RejectsRow()
    {
        using var file = TempFile.Lines("covered.csv", IcdHeader,
            "\"A99901\",\"12\",\"E11.9\",\"1\",\"1\",\"\",\"2025-09-18 10:12:45\",\"4\",\"x\",\"\"");

        var problem = RealFiles.ReadAll(_icd, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart).ShouldBe((InputErrorKind.MalformedValue, 2L, 1));
    }

    [Fact]
    public void Read_HcpcRowWithNoCode_RejectsRowAsMissingField()
    {
        using var file = TempFile.Lines("hcpc.csv",
            "\"article_id\",\"article_version\",\"hcpc_code_id\",\"hcpc_code_version\",\"hcpc_code_group\",\"range\",\"last_updated\"",
            "\"99901\",\"12\",\"\",\"1\",\"1\",\"\",\"2025-09-18 10:12:45\"");

        var problem = RealFiles.ReadAll(_hcpc, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.MissingField, 2L));
    }

    [Fact]
    public void ReadVersion_NoLastUpdatedColumn_ThrowsMissingField()
    {
        using var file = TempFile.Lines("hcpc.csv", "article_id,article_version,hcpc_code_id", "99901,12,83036");

        Should.Throw<InputFormatException>(() => _hcpc.ReadVersion(file.Path)).Kind.ShouldBe(InputErrorKind.MissingField);
    }
}
