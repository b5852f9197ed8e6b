using CodeBrief.Core.Errors;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.PfsRvu;

public sealed class PfsRvuFormatTests
{
    // The real file's first ten lines: five of preamble, then the header stacked over five lines.
    private static readonly string[] Top = File.ReadLines(RealFiles.PfsRvu).Take(10).ToArray();
    private const string Row99213 =
        "99213,,Office o/p est low 20 min,A,,1.30,1.35,,0.57,,0.10,2.75,1.97,0,XXX,0.00,0.00,0.00,0,0,0,0,0,,32.3465,09,0,99,0.00,0.00,0.00";

    private readonly PfsRvuFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields19090RowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.PfsRvu);

        rows.Count.ShouldBe(19090);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(11);
    }

    [Fact]
    public void Read_RealFile_HasVerifiedRvus()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.PfsRvu);

        var office = RealFiles.Where(rows, r => r.Code == "99213").ShouldHaveSingleItem();
        office.Modifier.ShouldBe("");
        office.Status.ShouldBe("A");
        RealFiles.Text(office.WorkRvu).ShouldBe("1.30");
        RealFiles.Text(office.NonFacilityTotal).ShouldBe("2.75");
        RealFiles.Text(office.FacilityTotal).ShouldBe("1.97");
        office.GlobalDays.ShouldBe("XXX");
        RealFiles.Text(office.ConversionFactor).ShouldBe("32.3465");
        office.Source.ShouldBe(new Core.Provenance.SourceRef("pfs-rvu", "PPRRVU2025_Oct.csv", "2025 Oct (released 2025-09-11)", office.Source.Row));

        var ct = RealFiles.Where(rows, r => r.Code == "70450");
        ct.Select(r => r.Modifier).ShouldBe(["", "26", "TC"]);
        var professional = ct.Single(r => r.Modifier == "26");
        RealFiles.Text(professional.WorkRvu).ShouldBe("0.85");
        RealFiles.Text(professional.NonFacilityTotal).ShouldBe("1.20");
        professional.PctcIndicator.ShouldBe("1");
        professional.DiagnosticImagingFamily.ShouldBe("88");

        var electrophoresis = RealFiles.Where(rows, r => r.Code == "86320");
        electrophoresis.Select(r => (r.Modifier, r.Status, r.PctcIndicator)).ShouldBe([("", "X", "9"), ("26", "A", "6")]);
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheRvuFile() => RealFiles.ShouldRecogniseOnly(_format, RealFiles.PfsRvu);

    [Fact]
    public void ReadVersion_RealFile_IsYearMonthAndReleaseDate() =>
        _format.ReadVersion(RealFiles.PfsRvu).ShouldBe("2025 Oct (released 2025-09-11)");

    [Fact]
    public void ReadVersion_RenamedFile_TakesYearAndMonthFromTitle()
    {
        using var file = TempFile.Lines("rvu.csv", [.. Top, Row99213]);

        _format.ReadVersion(file.Path).ShouldBe("2025 Oct (released 2025-09-11)");
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => _format.Read(RealFiles.PfsRvu, cancelled.Token).ToList());
    }

    [Fact]
    public void Read_BadAmount_RejectsRowWithLineAndColumns()
    {
        using var file = TempFile.Lines("PPRRVU2025_Oct.csv", [.. Top, Row99213, Row99213.Replace("1.30", "1.3O", StringComparison.Ordinal)]);

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Problem.ShouldBeNull();
        var problem = rows[1].Problem.ShouldNotBeNull();
        problem.Kind.ShouldBe(InputErrorKind.MalformedValue);
        problem.Location.Line.ShouldBe(12);
        var start = Row99213.IndexOf("1.30", StringComparison.Ordinal) + 1;
        (problem.Location.ColumnStart, problem.Location.ColumnEnd).ShouldBe((start, start + 3));
        problem.Found.ShouldBe("1.3O");
    }

    [Fact]
    public void Read_RenamedStackedColumn_ThrowsBadHeaderAtThatColumn()
    {
        var top = Top.ToArray();
        top[9] = top[9].Replace(",RVU,PE RVU,", ",RVU,PE RVX,", StringComparison.Ordinal);
        using var file = TempFile.Lines("PPRRVU2025_Oct.csv", [.. top, Row99213]);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        ex.Kind.ShouldBe(InputErrorKind.BadHeader);
        ex.Location.Line.ShouldBe(10);
        ex.Location.ColumnStart.ShouldBe(top[9].IndexOf("PE RVX", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Read_MissingHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("PPRRVU2025_Oct.csv", [.. Top[..5], Row99213]);

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }

    [Fact]
    public void Read_LastRowCutShort_ThrowsTruncated()
    {
        using var file = TempFile.Lines("PPRRVU2025_Oct.csv", false, [.. Top, Row99213, Row99213[..40]]);

        var ex = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        ex.Kind.ShouldBe(InputErrorKind.Truncated);
        ex.Location.Line.ShouldBe(12);
    }
}
