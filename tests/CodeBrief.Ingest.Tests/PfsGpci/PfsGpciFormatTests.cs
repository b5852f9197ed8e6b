using CodeBrief.Core.Errors;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.PfsGpci;

public sealed class PfsGpciFormatTests
{
    private const string Title = "ADDENDUM E. FINAL CY 2025 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY,,,,,,";
    private const string Header =
        "Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI";

    private readonly PfsGpciFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields109LocalitiesAndSkipsFootnotes()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Gpci);

        rows.Count.ShouldBe(109);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(4);
        rows[^1].Row.ShouldBe(112);
    }

    [Fact]
    public void Read_RealFile_HasVerifiedGpcis()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Gpci);

        var manhattan = RealFiles.Where(rows, r => r.Name == "MANHATTAN").ShouldHaveSingleItem();
        (manhattan.Mac, manhattan.State, manhattan.Locality).ShouldBe(("13202", "NY", "01"));
        (RealFiles.Text(manhattan.Work), RealFiles.Text(manhattan.PracticeExpense), RealFiles.Text(manhattan.Malpractice)).ShouldBe(("1.065", "1.166", "1.656"));
        var dallas = RealFiles.Where(rows, r => r.Name == "DALLAS").ShouldHaveSingleItem();
        (dallas.Mac, dallas.Locality, RealFiles.Text(dallas.Work)).ShouldBe(("04412", "11", "1.011"));
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheGpciFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.Gpci);

    [Fact]
    public void ReadVersion_RealFile_IsYear() => _format.ReadVersion(RealFiles.Gpci).ShouldBe("2025");

    [Fact]
    public void Read_UnpaddedMacAndLocality_ArePadded()
    {
        using var file = TempFile.Lines("gpci.csv", Title, ",,,,,,", Header, "2102,AK,1,ALASKA*,1.5,1.081,0.592");

        var row = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull();

        (row.Mac, row.Locality).ShouldBe(("02102", "01"));
    }

    [Fact]
    public void Read_BadAmount_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("gpci.csv", Title, ",,,,,,", Header, "10112,AL,00,ALABAMA,1,0.869,0.575", "13202,NY,01,MANHATTAN,1.065,n/a,1.656");

        var rows = RealFiles.ReadAll(_format, file.Path);

        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        problem.Location.Line.ShouldBe(5);
        (problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((29, 31));
    }

    [Fact]
    public void Read_LocalityNotANumber_RejectsRow()
    {
        using var file = TempFile.Lines("gpci.csv", Title, ",,,,,,", Header, "10112,AL,0O,ALABAMA,1,0.869,0.575");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        (problem.Location.Line, problem.Location.ColumnStart).ShouldBe((4L, 10));
    }

    [Fact]
    public void Read_MissingHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("gpci.csv", Title, ",,,,,,", "10112,AL,00,ALABAMA,1,0.869,0.575");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }

    [Fact]
    public void Read_FileEndsInsideQuotedField_ThrowsTruncated()
    {
        using var file = TempFile.Lines("gpci.csv", false, Title, ",,,,,,", Header, "10112,AL,00,ALABAMA,1,0.869,0.575", "\"MAC Assignments as of");

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (ex.Kind, ex.Location.Line).ShouldBe((InputErrorKind.Truncated, 5L));
    }
}
