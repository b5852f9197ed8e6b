using CodeBrief.Core.Errors;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.PfsOppsCap;

public sealed class PfsOppsCapFormatTests
{
    private const string Header = "HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,NON-FACILTY PRICE";

    private readonly PfsOppsCapFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields16100RowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.OppsCap);

        rows.Count.ShouldBe(16100);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        (rows[0].Row, rows[^1].Row).ShouldBe((2L, 16101L));
        var first = rows[0].Value.ShouldNotBeNull();
        (first.Code, first.Modifier, first.ProcedureStatus, first.Mac, first.Locality).ShouldBe(("0633T", "TC", "C", "01112", "05"));
        (RealFiles.Text(first.FacilityPrice), RealFiles.Text(first.NonFacilityPrice)).ShouldBe(("150.69", "150.69"));
    }

    [Fact]
    public void Read_RealFile_HasCapsPerLocality()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.OppsCap);

        var duplex = RealFiles.Where(rows, r => r.Code == "93990");
        duplex.ShouldContain(r => r.Modifier == "TC" && r.Mac == "15102" && r.Locality == "00" && r.FacilityPrice == 93.37m);
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheOppsCapFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.OppsCap);

    [Fact]
    public void ReadVersion_RealFile_IsCmsFileName() => _format.ReadVersion(RealFiles.OppsCap).ShouldBe("OPPSCAP_Oct");

    [Fact]
    public void Read_BadAmount_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("oppscap.csv", Header, "0633T,TC,C,01112,05,150.69,150.69", "0633T,TC,C,01112,09,$152.38,152.38");

        var problem = RealFiles.ReadAll(_format, file.Path)[1].Problem.ShouldNotBeNull();

        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        (problem.Location.Line, problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((3L, 21, 27));
    }

    [Theory]
    [InlineData("5X")]
    [InlineData("123")]
    [InlineData("")]
    public void Read_MalformedLocality_RejectsRowNamingFileLineAndColumn(string locality)
    {
        // A cap row that cannot be read is never priced: the loader writes it to the reject report (strict loads stop on it),
        // and the locality is then priced from the PFS alone and listed as having no cap row.
        using var file = TempFile.Lines("oppscap.csv", Header, "74261,TC,A,01112,05,150.69,150.69", $"74261,TC,A,01112,{locality},152.38,152.38");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Problem.ShouldBeNull();
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(locality.Length == 0 ? InputErrorKind.MissingField : InputErrorKind.MalformedValue);
        (problem.File, problem.Location.Line, problem.Location.ColumnStart).ShouldBe(("oppscap.csv", 3L, 18));
        problem.Message.ShouldContain("oppscap.csv");
    }

    [Fact]
    public void Read_BadModifier_RejectsRow()
    {
        using var file = TempFile.Lines("oppscap.csv", Header, "0633T,TCX,C,01112,05,150.69,150.69");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.ColumnStart).ShouldBe((InputErrorKind.MalformedValue, 7));
    }

    [Fact]
    public void Read_MissingHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("oppscap.csv", "0633T,TC,C,01112,05,150.69,150.69");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }

    [Fact]
    public void Read_FileEndsInsideQuotedField_ThrowsTruncated()
    {
        using var file = TempFile.Lines("oppscap.csv", false, Header, "0633T,TC,C,01112,05,\"150.69");

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }
}
