using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.Clfs;

public sealed class ClfsFormatTests
{
    private const string Header = "YEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE,SHORTDESC,LONGDESC,EXTENDED LONGDESC";
    private static readonly string[] Preamble =
        ["2025 Clinical Diagnostic Laboratory Fee Schedule ,,,,,,,,", "\"CPT codes, descriptions ...\",,,,,,,,", "note,,,,,,,,", ",,,,,,,,"];

    private readonly ClfsFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields2105RowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Clfs);

        rows.Count.ShouldBe(2105);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(6);
        rows[^1].Row.ShouldBe(2110);
    }

    [Fact]
    public void Read_RealFile_HasVerifiedNationalLimits()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.Clfs);

        RealFiles.Text(RealFiles.Where(rows, r => r.Code == "83789").ShouldHaveSingleItem().Rate).ShouldBe("24.11");
        RealFiles.Text(RealFiles.Where(rows, r => r.Code == "86320").ShouldHaveSingleItem().Rate).ShouldBe("29.92");
        RealFiles.Text(RealFiles.Where(rows, r => r.Code == "G0103").ShouldHaveSingleItem().Rate).ShouldBe("19.31");
        var cmp = RealFiles.Where(rows, r => r.Code == "80053");
        cmp.Select(r => r.Modifier).OrderBy(m => m, StringComparer.Ordinal).ShouldBe(["", "QW"]);
        cmp.ShouldAllBe(r => r.Rate == 10.56m && r.Year == "2025" && r.Indicator == "N");
    }

    [Fact]
    public void Read_RealFile_LocallyPricedRowsHaveNoNationalRate()
    {
        var local = RealFiles.Where(RealFiles.ReadAll(_format, RealFiles.Clfs), r => r.Indicator == "L");

        local.Count.ShouldBe(66);
        local.ShouldAllBe(r => r.Rate == null);
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheClfsFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.Clfs);

    [Fact]
    public void Recognises_RenamedFile_ByHeader()
    {
        using var file = TempFile.Lines("labfees.csv", [.. Preamble, Header, "2025,83789,,20250101,N,00024.11,a,b,c"]);

        _format.Recognises(file.Path).ShouldBeTrue();
    }

    [Fact]
    public void ReadVersion_PublishedName_IsYearQuarterVersion() => _format.ReadVersion(RealFiles.Clfs).ShouldBe("2025Q2V1");

    [Fact]
    public void ReadVersion_CmsQuarterName_IsYearQuarter()
    {
        using var file = TempFile.Lines("25CLABQ2.csv", [.. Preamble, Header, "2025,83789,,20250101,N,00024.11,a,b,c"]);

        _format.ReadVersion(file.Path).ShouldBe("2025Q2");
    }

    [Fact]
    public void ReadVersion_UnversionedName_FallsBackToYearColumn()
    {
        using var file = TempFile.Lines("labfees.csv", [.. Preamble, Header, "2024,83789,,20240101,N,00024.11,a,b,c"]);

        _format.ReadVersion(file.Path).ShouldBe("2024");
    }

    [Fact]
    public void Read_BadAmount_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("clfs.csv",
            [.. Preamble, Header, "2025,83789,,20250101,N,00024.11,a,b,c", "2025,86320,,20250101,N,29.9x,a,b,c"]);

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Count.ShouldBe(2);
        RealFiles.Text(rows[0].Value.ShouldNotBeNull().Rate).ShouldBe("24.11");
        var problem = rows[1].Problem.ShouldNotBeNull();
        rows[1].Row.ShouldBe(7);
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        problem.Location.Line.ShouldBe(7);
        problem.Location.ColumnStart.ShouldBe(24);
        problem.Location.ColumnEnd.ShouldBe(28);
        problem.Found.ShouldBe("29.9x");
    }

    [Theory]
    [InlineData("00024.11", "24.11")]
    [InlineData("00720.00", "720.00")]
    [InlineData("19.31", "19.31")]
    [InlineData(" 7.5 ", "7.5")]
    [InlineData(".5", "0.5")]
    [InlineData("0", "0")]
    public void Read_Rate_IsInvariantTextWithoutPadding(string rate, string expected)
    {
        using var file = TempFile.Lines("clfs.csv", [.. Preamble, Header, $"2025,83789,,20250101,N,{rate},a,b,c"]);

        RealFiles.Text(RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull().Rate).ShouldBe(expected);
    }

    [Fact]
    public void Read_BlankRate_IsMissingForNationalRowsAndAllowedForLocalRows()
    {
        using var file = TempFile.Lines("clfs.csv", [.. Preamble, Header, "2025,0001U,,20250101,L,,a,b,c", "2025,83789,,20250101,N,,a,b,c"]);

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Value.ShouldNotBeNull().Rate.ShouldBeNull();
        var problem = rows[1].Problem.ShouldNotBeNull();
        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart).ShouldBe((InputErrorKind.MissingField, 7L, 24));
    }

    [Fact]
    public void Read_CodeThatIsNoCode_RejectsRow()
    {
        using var file = TempFile.Lines("clfs.csv", [.. Preamble, Header, "2025,8378,,20250101,N,24.11,a,b,c"]);

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        problem.Location.Line.ShouldBe(6);
        problem.Location.ColumnStart.ShouldBe(6);
    }

    [Fact]
    public void Read_MissingColumns_RejectsRowAsMissingField()
    {
        using var file = TempFile.Lines("clfs.csv", [.. Preamble, Header, "2025,83789,,20250101,N"]);

        var row = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem();

        row.Problem.ShouldNotBeNull().Kind.ShouldBe(InputErrorKind.MissingField);
        row.Row.ShouldBe(6);
    }

    [Fact]
    public void Read_MissingHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("clfs.csv", [.. Preamble, "2025,83789,,20250101,N,24.11,a,b,c"]);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        ex.Kind.ShouldBe(InputErrorKind.BadHeader);
        ex.File.ShouldBe("clfs.csv");
        ex.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsTruncated()
    {
        using var file = TempFile.Bytes("clfs.csv", []);

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }

    [Fact]
    public void Read_FileEndsInsideQuotedField_ThrowsTruncatedAtRowStart()
    {
        using var file = TempFile.Lines("clfs.csv", false,
            [.. Preamble, Header, "2025,83789,,20250101,N,24.11,a,b,c", "2025,86320,,20250101,N,29.92,Serum,\"Serum immuno"]);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        ex.Kind.ShouldBe(InputErrorKind.Truncated);
        ex.Location.Line.ShouldBe(7);
        ex.Location.ColumnStart.ShouldBe(36);
    }

    [Fact]
    public void Read_QuotedFieldAcrossLines_KeepsStartLineAndCountsPhysicalLines()
    {
        using var file = TempFile.Lines("clfs.csv",
            [.. Preamble, Header, "2025,83789,,20250101,N,24.11,a,\"two", "lines\",c", "2025,86320,,20250101,N,29.92,a,b,c"]);

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Select(r => r.Row).ShouldBe([6L, 8L]);
        rows[0].Value.ShouldNotBeNull().LongDescription.ShouldBe("two\nlines");
    }

    [Fact]
    public void Read_ByteUndefinedInWindows1252_ThrowsBadEncodingWithLine()
    {
        const string LastLine = "2025,86320,,20250101,N,29.92,a,b,";
        var text = string.Join("\r\n", [.. Preamble, Header, "2025,83789,,20250101,N,24.11,a,b,c", LastLine]);
        var bytes = System.Text.Encoding.ASCII.GetBytes(text).Concat(new byte[] { 0x81, (byte)'\r', (byte)'\n' }).ToArray();
        using var file = TempFile.Bytes("clfs.csv", bytes);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        ex.Kind.ShouldBe(InputErrorKind.BadEncoding);
        ex.Location.Line.ShouldBe(7);
        ex.Location.ColumnStart.ShouldBe(LastLine.Length + 1);
        ex.Found.ShouldBe("0x81");
    }
}
