using CodeBrief.Core.Errors;
using CodeBrief.Ingest.PfsLocality;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.PfsLocality;

public sealed class PfsLocalityFormatTests
{
    private const string Header = "Medicare Adminstrative Contractor,Locality Number,State ,Fee Schedule Area ,Counties";

    private readonly PfsLocalityFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields110LocalityRowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Locco);

        rows.Count.ShouldBe(110);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(5);
        rows[^1].Row.ShouldBe(166);
    }

    [Fact]
    public void Read_RealFile_PadsCodesTrimsTextAndCarriesStateDown()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Locco);

        var alaska = RealFiles.Where(rows, r => r.State == "ALASKA").ShouldHaveSingleItem();
        (alaska.Mac, alaska.Locality, alaska.FeeScheduleArea, alaska.Counties).ShouldBe(("02102", "01", "STATEWIDE", "ALL COUNTIES"));
        var manhattan = RealFiles.Where(rows, r => r.FeeScheduleArea == "MANHATTAN").ShouldHaveSingleItem();
        (manhattan.Mac, manhattan.Locality, manhattan.State).ShouldBe(("13202", "01", "NEW YORK"));
        var queens = RealFiles.Where(rows, r => r.FeeScheduleArea == "QUEENS").ShouldHaveSingleItem();
        (queens.Mac, queens.Locality, queens.State).ShouldBe(("13292", "04", "NEW YORK"));
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheLocalityFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.Locco);

    [Fact]
    public void ReadVersion_RealFile_IsYear() => _format.ReadVersion(RealFiles.Locco).ShouldBe("2025");

    [Fact]
    public void Read_MacNotANumber_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("locco.csv", "COUNTIES INCLUDED IN 2025 LOCALITIES,,,,", ",,,,", Header, ",,,,",
            "10112,0,ALABAMA ,STATEWIDE ,ALL COUNTIES ", ",,,,", "21O2,1,ALASKA ,STATEWIDE ,ALL COUNTIES ");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Count.ShouldBe(2);
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        (problem.Location.Line, problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((7L, 1, 4));
    }

    [Fact]
    public void Read_MissingHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("locco.csv", "COUNTIES INCLUDED IN 2025 LOCALITIES,,,,", "10112,0,ALABAMA ,STATEWIDE ,ALL COUNTIES ");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }

    [Fact]
    public void Read_FileEndsInsideQuotedField_ThrowsTruncated()
    {
        using var file = TempFile.Lines("locco.csv", false, Header, "6102,16,ILLINOIS ,CHICAGO,\"COOK, DUPAGE");

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (ex.Kind, ex.Location.Line, ex.Location.ColumnStart).ShouldBe((InputErrorKind.Truncated, 2L, 27));
    }
}
