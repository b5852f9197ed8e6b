using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.NcciAoc;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.NcciAoc;

public sealed class NcciAocFormatTests
{
    private static readonly string RealFile = SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx");
    private static readonly string[] Header =
    [
        "AOC_Edit_Type", "Add-On_Code", "AOC_DelDT", "Primary_Code", "Primary_Code_DelDT", "AOC_Edit_EffDT", "AOC_Edit_DelDT",
        "Special_Instruction_Notes",
    ];

    private readonly NcciAocFormat _format = new();

    [Fact]
    public void Read_RealWorkbook_Yields9000EditsWithoutRejects()
    {
        var rows = _format.Read(RealFile, CancellationToken.None).ToList();

        rows.Count.ShouldBe(9_000);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(3);
        rows.Count(r => r.Value!.EditType == "1").ShouldBe(8_293); // no rejects, so every row has its value
        rows.Count(r => r.Value!.EditType == "2").ShouldBe(47);
        rows.Count(r => r.Value!.EditType == "3").ShouldBe(660);
        rows.Count(r => r.Value!.DeletionDate is null).ShouldBe(7_740);
        rows.Select(r => r.Value!.AddOnCode).Distinct().Count().ShouldBe(830);
    }

    [Fact]
    public void Read_RealWorkbook_VerifiedEdits()
    {
        var rows = _format.Read(RealFile, CancellationToken.None).ToList();

        var critical = rows.Single(r => r.Value?.AddOnCode == "99292" && r.Value.PrimaryCode == "99291");
        critical.Row.ShouldBe(8548);
        Cells(critical).ShouldBe(["99292", "99291", "1", null, null, "2013-04-01", null, null]);
        var g2211 = rows.Where(r => r.Value?.AddOnCode == "G2211" && r.Value.PrimaryCode == "99202").ToList();
        g2211.ShouldContain(r => r.Value!.EffectiveDate == "2024-01-01" && r.Value.DeletionDate == null);
        var contractor = rows.Single(r => r.Value?.AddOnCode == "0054T").Value.ShouldNotBeNull();
        (contractor.AddOnCode, contractor.PrimaryCode, contractor.EditType).ShouldBe(("0054T", "CCCCC", "2"));
        contractor.EffectiveDate.ShouldBe("2013-04-01");
        contractor.Notes.ShouldBe("Contractor Defined Primary Codes");
    }

    [Theory]
    [InlineData("2013091", "2013-04-01")]
    [InlineData("2024001", "2024-01-01")]
    [InlineData("2024366", "2024-12-31")]
    [InlineData("2024275", "2024-10-01")]
    public void TryIsoFromJulian_ValidDay_IsoDate(string julian, string iso)
    {
        NcciAocReader.TryIsoFromJulian(julian, out var converted).ShouldBeTrue();
        converted.ShouldBe(iso);
    }

    [Theory]
    [InlineData("2025366")]
    [InlineData("2025000")]
    [InlineData("20250101")]
    [InlineData("2025O01")]
    public void TryIsoFromJulian_Invalid_False(string julian) => NcciAocReader.TryIsoFromJulian(julian, out _).ShouldBeFalse();

    [Fact]
    public void Recognises_AocWorkbook_TrueAndOthersFalse()
    {
        _format.Recognises(RealFile).ShouldBeTrue();
        _format.Recognises(SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx")).ShouldBeFalse();
        _format.Recognises(SharedData.Path("nucc", "nucc_taxonomy_251.csv")).ShouldBeFalse();
    }

    [Fact]
    public void ReadVersion_CmsName_Quarter()
    {
        _format.ReadVersion(RealFile).ShouldBe("V2026Q2");
        Should.Throw<InputFormatException>(() => _format.ReadVersion("/data/addons.xlsx")).Kind.ShouldBe(InputErrorKind.UnknownFormat);
    }

    [Fact]
    public void Read_BadCells_RejectedWithSheetCell()
    {
        using var scratch = new ScratchFolder();
        var path = TestWorkbook.Write(Path.Combine(scratch.Folder, "AOC_V2026Q2-MCR.xlsx"), "AOC",
        [
            ["CPT codes, descriptions and other data only are copyright 2025 American Medical Association."],
            Header,
            ["1", "99292", null, "99291", null, "2013091", null, null],
            ["4", "99292", null, "99291", null, "2013091", null, null],
            ["1", "99292", null, "99291", null, "2025400", null, null],
            ["1", "9929", null, "99291", null, "2013091", null, null],
            ["1", "99292", null, "ABCDE", null, "2013091", null, null],
            ["1", "99292", null, "99291", null, null, null, null],
            [null, null, null, null, null, null, null, null],
            ["2", "0054T", null, "CCCCC", null, "2013091", "2024001", "Contractor Defined Primary Codes"],
        ]);

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Select(r => r.Row).ShouldBe([3L, 4L, 5L, 6L, 7L, 8L, 10L]);
        rows[0].Problem.ShouldBeNull();
        Cell(rows[1]).ShouldBe((InputErrorKind.MalformedValue, "AOC!A4"));
        Cell(rows[2]).ShouldBe((InputErrorKind.MalformedValue, "AOC!F5"));
        Cell(rows[3]).ShouldBe((InputErrorKind.MalformedValue, "AOC!B6"));
        Cell(rows[4]).ShouldBe((InputErrorKind.MalformedValue, "AOC!D7"));
        Cell(rows[5]).ShouldBe((InputErrorKind.MissingField, "AOC!F8"));
        Cells(rows[6]).ShouldBe(["0054T", "CCCCC", "2", null, null, "2013-04-01", "2024-01-01", "Contractor Defined Primary Codes"]);
    }

    [Fact]
    public void Read_NoHeader_ThrowsBadHeader()
    {
        using var scratch = new ScratchFolder();
        var path = TestWorkbook.Write(Path.Combine(scratch.Folder, "AOC_V2026Q2-MCR.xlsx"), "AOC",
            [["Copyright"], ["Type", "Add-On", "Primary"], ["1", "99292", "99291"]]);

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadHeader);
        e.Location.Cell.ShouldBe("AOC!A1");
    }

    private static (InputErrorKind Kind, string? Cell) Cell<TRow>(RowResult<TRow> row) where TRow : class
    {
        row.Problem.ShouldNotBeNull();
        return (row.Problem.Kind, row.Problem.Location.Cell);
    }


    private static string?[] Cells(RowResult<AddOnEditRow> row)
    {
        var v = row.Value.ShouldNotBeNull();
        return [v.AddOnCode, v.PrimaryCode, v.EditType, v.AddOnDeletionDate, v.PrimaryDeletionDate, v.EffectiveDate, v.DeletionDate, v.Notes];
    }
}
