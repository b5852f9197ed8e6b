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
        rows.ShouldAllBe(r => r.Values![4] == "20.3178"); // Values is set on every good row, checked just above.
        rows[0].Row.ShouldBe(2);
    }

    [Fact]
    public void Read_RealFile_HasLocalityCfs()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Anes);

        var alabama = RealFiles.Where(_format, rows, "locality_name", "ALABAMA").ShouldHaveSingleItem();
        (alabama["mac"], alabama["locality"], alabama["anes_cf"]).ShouldBe(("10112", "00", "19.31"));
        var alaska = RealFiles.Where(_format, rows, "mac", "02102").ShouldHaveSingleItem();
        (alaska["locality"], alaska["anes_cf"]).ShouldBe(("01", "27.86"));
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

        rows[0].Values.ShouldNotBeNull()[3].ShouldBe("19.31");
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
