using CodeBrief.Core.Errors;
using CodeBrief.Ingest.PfsAnesthesia;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.PfsAnesthesia;

public sealed class PfsAnesthesiaFormatTests
{
    private const string Header = "Contractor,Locality,Locality Name,National Anes CF of 20.3178";

    private readonly PfsAnesthesiaFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields109LocalitiesWithNationalCf()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Anes);

        rows.Count.ShouldBe(109);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows.ShouldAllBe(r => r.Value!.NationalConversionFactor == 20.3178m); // Value is set on every good row, checked just above.
        rows[0].Row.ShouldBe(2);
    }

    [Fact]
    public void Read_RealFile_HasLocalityCfs()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Anes);

        var alabama = RealFiles.Where(rows, r => r.LocalityName == "ALABAMA").ShouldHaveSingleItem();
        (alabama.Mac, alabama.Locality, alabama.ConversionFactor).ShouldBe(("10112", "00", 19.31m));
        var alaska = RealFiles.Where(rows, r => r.Mac == "02102").ShouldHaveSingleItem();
        (alaska.Locality, alaska.ConversionFactor).ShouldBe(("01", 27.86m));
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheAnesthesiaFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.Anes);

    [Fact]
    public void ReadVersion_RealFile_IsYear() => _format.ReadVersion(RealFiles.Anes).ShouldBe("2025");

    [Fact]
    public void Read_BadAmount_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("anes.csv", Header, "10112 ,00 ,ALABAMA,19.31 ", "02102 ,01 ,ALASKA*,27..86 ");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Value.ShouldNotBeNull().ConversionFactor.ShouldBe(19.31m);
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        (problem.Location.Line, problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((3L, 20, 26));
    }

    [Fact]
    public void Read_HeaderWithoutNationalCf_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("anes.csv", "Contractor,Locality,Locality Name,Anes CF", "10112 ,00 ,ALABAMA,19.31 ");

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (ex.Kind, ex.Location.Line).ShouldBe((InputErrorKind.BadHeader, 1L));
    }

    [Fact]
    public void Read_FileEndsInsideQuotedField_ThrowsTruncated()
    {
        using var file = TempFile.Lines("anes.csv", false, Header, "10112 ,00 ,\"ALABAMA");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }
}
