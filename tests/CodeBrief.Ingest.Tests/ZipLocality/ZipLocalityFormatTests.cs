using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Ingest.ZipLocality;

namespace CodeBrief.Ingest.Tests.ZipLocality;

public sealed class ZipLocalityFormatTests
{
    private const string Anchorage = "AK995010210201 Z9   0 A                                                    20254";
    private const string Juneau = "AK998010210201 Z9   0 A                                                    20254";

    private readonly ZipLocalityFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields42956ZipsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Zip5);

        rows.Count.ShouldBe(42956);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        (rows[0].Row, rows[^1].Row).ShouldBe((1L, 42956L));
    }

    [Fact]
    public void Read_RealFile_MapsZipToCarrierAndLocality()
    {
        var anchorage = RealFiles.Where(RealFiles.ReadAll(_format, RealFiles.Zip5), r => r.Zip == "99501").ShouldHaveSingleItem();

        (anchorage.State, anchorage.Mac, anchorage.Locality).ShouldBe(("AK", "02102", "01"));
        (anchorage.RuralIndicator, anchorage.LabCompetitiveBiddingLocality, anchorage.Plus4Flag, anchorage.YearQuarter)
            .ShouldBe((null, "Z9", "0", "20254"));
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheZip5File() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.Zip5);

    [Fact]
    public void Recognises_Zip9Line_IsFalse()
    {
        using var file = TempFile.Lines("ZIP9_OCT2025.txt", "AK995010210201     112340     A                                           20254");

        _format.Recognises(file.Path).ShouldBeFalse();
    }

    [Fact]
    public void ReadVersion_RealFile_IsYearQuarter() => _format.ReadVersion(RealFiles.Zip5).ShouldBe("2025Q4");

    [Fact]
    public void Read_CarrierNotDigits_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("zip5.txt", Anchorage, "AK99502021O201 Z9   0 A                                                    20254", Juneau);

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Count.ShouldBe(3);
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        (problem.Location.Line, problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((2L, 8, 12));
        rows[2].Value.ShouldNotBeNull().Zip.ShouldBe("99801");
    }

    [Fact]
    public void Read_ShortLineInsideFile_RejectsRowAsMissingField()
    {
        using var file = TempFile.Lines("zip5.txt", Anchorage, Anchorage[..40], Juneau);

        var problem = RealFiles.ReadAll(_format, file.Path)[1].Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart).ShouldBe((InputErrorKind.MissingField, 2L, 41));
    }

    [Fact]
    public void Read_LastLineCutShort_ThrowsTruncated()
    {
        using var file = TempFile.Lines("zip5.txt", false, Anchorage, Juneau[..30]);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (ex.Kind, ex.Location.Line).ShouldBe((InputErrorKind.Truncated, 2L));
    }

    [Fact]
    public void Read_EmptyFile_ThrowsTruncated()
    {
        using var file = TempFile.Bytes("zip5.txt", []);

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }
}
