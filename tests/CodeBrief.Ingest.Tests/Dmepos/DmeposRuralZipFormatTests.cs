using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.Dmepos;

public sealed class DmeposRuralZipFormatTests
{
    private const string Header = "STATE,DMEPOS RURAL ZIP CODE,YEAR/QTR,LOCATION";

    private readonly DmeposRuralZipFormat _format = new();

    [Fact]
    public void Read_RealFile_PadsZipsToFiveDigits()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.DmeposRuralZip);

        rows.Count.ShouldBe(32035);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        var first = rows[0].Value.ShouldNotBeNull();
        (first.State, first.Zip, first.YearQuarter, first.Location, first.IsRural, first.Source.Row).ShouldBe(("MA", "01223", "202601", "RURAL", true, 2L));
        rows.ShouldAllBe(r => r.Value!.Zip.Length == 5);
        RealFiles.Where(rows, r => r.IsRural).Count.ShouldBe(15911);
    }

    [Fact]
    public void Read_RealFile_FormerBiddingAreaZipIsNotRural()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.DmeposRuralZip);

        var cba = RealFiles.Where(rows, r => r.Location.Contains("CBA", StringComparison.Ordinal)).First();
        cba.IsRural.ShouldBeFalse();
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheRuralZipFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.DmeposRuralZip);

    [Fact]
    public void ReadVersion_RealFile_IsQuarterFromItsName()
    {
        _format.ReadVersion(RealFiles.DmeposRuralZip).ShouldBe("2026Q1");
        _format.ReadEffectiveDate(RealFiles.DmeposRuralZip).ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void ReadVersion_NameWithoutQuarter_IsFirstRowsYearQuarter()
    {
        using var file = TempFile.Lines("rural.csv", Header, "CA,93545,202503,RURAL");

        _format.ReadVersion(file.Path).ShouldBe("2025Q3");
        _format.ReadEffectiveDate(file.Path).ShouldBe(new DateOnly(2025, 7, 1));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("1223A")]
    [InlineData("")]
    public void Read_ZipNotOneToFiveDigits_RejectsTheLine(string zip)
    {
        using var file = TempFile.Lines("rural.csv", Header, "MA,1223,202601,RURAL", $"MA,{zip},202601,RURAL");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Value!.Zip.ShouldBe("01223");
        var problem = rows[1].Problem.ShouldNotBeNull();
        (problem.File, problem.Location.Line).ShouldBe(("rural.csv", 3L));
    }

    [Fact]
    public void Read_ShiftedColumns_FailTheFileAtTheHeader()
    {
        using var file = TempFile.Lines("rural.csv", "DMEPOS RURAL ZIP CODE,STATE,YEAR/QTR,LOCATION", "1223,MA,202601,RURAL");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }
}
