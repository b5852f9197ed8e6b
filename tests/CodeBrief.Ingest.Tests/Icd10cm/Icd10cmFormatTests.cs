using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Icd10cm;

public sealed class Icd10cmFormatTests
{
    private static readonly string CodesFile = SharedData.Path("icd10cm", "icd10cm-codes-2026.txt");
    private static readonly string OrderFixture = Fixture.Path("icd10cm-order-2026.txt");
    private readonly Icd10cmFormat _format = new();

    [Fact]
    public void Read_RealCodesFile_YieldsEveryCodeBillableWithoutRejects()
    {
        var rows = _format.Read(CodesFile, CancellationToken.None).ToList();

        rows.Count.ShouldBe(74_719);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows.ShouldAllBe(r => r.Value!.Billable); // no rejects, so every row has its value
        rows[0].Row.ShouldBe(1);
        rows[0].Value.ShouldBe(new IcdRow("A000", "Cholera due to Vibrio cholerae 01, biovar cholerae", true,
            new Core.Provenance.SourceRef("icd10cm", "icd10cm-codes-2026.txt", "FY2026", 1)));
        rows[^1].Row.ShouldBe(74_719);
    }

    [Theory]
    [InlineData("E119", "Type 2 diabetes mellitus without complications")]
    [InlineData("C50911", "Malignant neoplasm of unspecified site of right female breast")]
    [InlineData("I10", "Essential (primary) hypertension")]
    [InlineData("Z0000", "Encounter for general adult medical examination without abnormal findings")]
    [InlineData("QA00101", "SCN2A-related neurodevelopmental disorder")]
    public void Read_RealCodesFile_HasVerifiedDescriptions(string code, string description)
    {
        var row = _format.Read(CodesFile, CancellationToken.None).Single(r => r.Value?.Code == code);

        row.Value.ShouldNotBeNull().Description.ShouldBe(description);
    }

    [Fact]
    public void Read_OrderLayoutFixture_TakesBillableFromFlagAndLongDescription()
    {
        var rows = _format.Read(OrderFixture, CancellationToken.None).ToList();

        rows.Count.ShouldBe(12);
        rows.ShouldAllBe(r => r.Problem == null);
        var values = rows.Select(r => r.Value!).ToList(); // no rejects, so every row has its value
        (values[0].Code, values[0].Description, values[0].Billable).ShouldBe(("A00", "Cholera", false));
        values.Single(r => r.Code == "E11").Billable.ShouldBeFalse();
        var e119 = values.Single(r => r.Code == "E119");
        (e119.Description, e119.Billable).ShouldBe(("Type 2 diabetes mellitus without complications", true));
        var z = values.Single(r => r.Code == "Z0000");
        z.Source.Row.ShouldBe(12);
        z.Description.ShouldBe("Encounter for general adult medical examination without abnormal findings");
    }

    [Fact]
    public void Recognises_CdcFiles_True()
    {
        _format.Recognises(CodesFile).ShouldBeTrue();
        _format.Recognises(OrderFixture).ShouldBeTrue();
    }

    [Fact]
    public void Recognises_OtherFiles_False()
    {
        _format.Recognises(SharedData.Path("nucc", "nucc_taxonomy_251.csv")).ShouldBeFalse();
        using var scratch = new ScratchFolder();
        _format.Recognises(scratch.WriteLines("icd10cm-codes-2026.txt", "Code,Description", "A000,Cholera")).ShouldBeFalse();
        // A codes file under an order-file name does not fit the order layout.
        _format.Recognises(scratch.Copy(Fixture.Path("icd10cm-order-2026.txt"), "icd10cm-codes-2025.txt")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("icd10cm-codes-2026.txt", "FY2026")]
    [InlineData("icd10cm_codes_2027.txt", "FY2027")]
    [InlineData("icd10cm-order-2026.txt", "FY2026")]
    public void ReadVersion_CdcName_FiscalYear(string name, string version) =>
        _format.ReadVersion(Path.Combine("/data", name)).ShouldBe(version);

    [Fact]
    public void ReadVersion_OtherName_ThrowsUnknownFormat() =>
        Should.Throw<InputFormatException>(() => _format.ReadVersion("/data/diagnoses.txt")).Kind.ShouldBe(InputErrorKind.UnknownFormat);

    [Fact]
    public void Read_CodesWithBadLines_RejectsWithKindAndColumns()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("icd10cm-codes-2026.txt",
            "A000    Cholera due to Vibrio cholerae 01, biovar cholerae",
            "1A23    Not a code",
            "E119    ",
            "",
            "E785ABCDHyperlipidemia, unspecified",
            "I10     Essential (primary) hypertension");

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Count.ShouldBe(5);
        rows[0].Problem.ShouldBeNull();
        Problem(rows[1]).ShouldBe((2L, InputErrorKind.MalformedValue, 1, 7));
        rows[1].Problem!.Found.ShouldBe("1A23");
        Problem(rows[2]).ShouldBe((3L, InputErrorKind.MissingField, 9, null));
        Problem(rows[3]).ShouldBe((5L, InputErrorKind.MalformedValue, 1, 8));
        rows[4].Row.ShouldBe(6);
        rows[4].Value.ShouldNotBeNull().Code.ShouldBe("I10");
    }

    [Fact]
    public void Read_OrderWithBadFlag_RejectsAtColumn15()
    {
        using var scratch = new ScratchFolder();
        var lines = File.ReadAllLines(OrderFixture);
        lines[2] = lines[2][..14] + "X" + lines[2][15..];
        var rows = _format.Read(scratch.WriteLines("icd10cm-order-2026.txt", lines), CancellationToken.None).ToList();

        Problem(rows[2]).ShouldBe((3L, InputErrorKind.MalformedValue, 15, null));
        rows.Count(r => r.Problem is null).ShouldBe(11);
    }

    [Fact]
    public void Read_FirstLineNotInLayout_ThrowsUnknownFormatAtLine1()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("icd10cm-codes-2026.txt", "code\tdescription", "A000\tCholera");

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.UnknownFormat);
        e.File.ShouldBe("icd10cm-codes-2026.txt");
        e.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsBadEncodingWithLine()
    {
        using var scratch = new ScratchFolder();
        var bytes = "A000    Cholera\r\nA001    Chol"u8.ToArray().Concat(new byte[] { 0xE9, 0x0D, 0x0A }).ToArray();
        var path = scratch.WriteBytes("icd10cm-codes-2026.txt", bytes);

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadEncoding);
        e.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Read_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Should.Throw<OperationCanceledException>(() => _format.Read(CodesFile, cancel.Token).ToList());
    }

    [Fact]
    public void Read_MissingFile_ThrowsSourceUnavailable() =>
        Should.Throw<SourceUnavailableException>(() => _format.Read("/nonexistent/icd10cm-codes-2026.txt", CancellationToken.None).ToList());

    private static (long Line, InputErrorKind Kind, int? Start, int? End) Problem(RowResult<IcdRow> row)
    {
        row.Problem.ShouldNotBeNull();
        row.Value.ShouldBeNull();
        return (row.Problem.Location.Line ?? -1, row.Problem.Kind, row.Problem.Location.ColumnStart, row.Problem.Location.ColumnEnd);
    }
}
