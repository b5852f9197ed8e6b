using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Hcpcs;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Hcpcs;

public sealed class HcpcsFormatTests
{
    private static readonly string RealFile = SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx");

    /// <summary>The 48 header cells of the CMS ANWEB workbook, in CMS's order (HCPC is column A, ADD DT column AS).</summary>
    internal static readonly string[] AnwebHeader =
    [
        "HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "PRICE2", "PRICE3", "PRICE4", "MULT_PI",
        "CIM1", "CIM2", "CIM3", "MCM1", "MCM2", "MCM3", "STATUTE", "LABCERT1", "LABCERT2", "LABCERT3", "LABCERT4", "LABCERT5",
        "LABCERT6", "LABCERT7", "LABCERT8", "XREF1", "XREF2", "XREF3", "XREF4", "XREF5", "COV", "ASC_GRP", "ASC_DT", "OPPS",
        "OPPS_PI", "OPPS_DT", "PROCNOTE", "BETOS", "TOS1", "TOS2", "TOS3", "TOS4", "TOS5", "ANEST_BU", "ADD DT", "ACT EFF DT",
        "TERM DT", "ACTION CD",
    ];

    private readonly HcpcsFormat _codes = new();
    private readonly HcpcsModifierFormat _modifiers = new();

    [Fact]
    public void Read_RealWorkbook_Yields8463CodesWithoutRejects()
    {
        var rows = _codes.Read(RealFile, CancellationToken.None).ToList();

        rows.Count.ShouldBe(8_463);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows.Count(r => r.Value!.TerminationDate is not null).ShouldBe(1_205); // no rejects, so every row has its value
    }

    [Fact]
    public void Read_RealWorkbook_Yields383ModifiersWithoutRejects()
    {
        var rows = _modifiers.Read(RealFile, CancellationToken.None).ToList();

        rows.Count.ShouldBe(383);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(2);
        var a1 = rows[0].Value.ShouldNotBeNull();
        new[] { a1.Code, a1.LongDescription, a1.ShortDescription, a1.AddDate, a1.EffectiveDate, a1.TerminationDate }
            .ShouldBe(["A1", "Dressing for one wound", "Dressing for one wound", "20020701", "20020701", null]);
    }

    [Fact]
    public void Read_RealWorkbook_G0103HasEveryMappedField()
    {
        var g0103 = _codes.Read(RealFile, CancellationToken.None).Single(r => r.Value?.Code == "G0103");

        g0103.Row.ShouldBe(2614);
        var v = g0103.Value.ShouldNotBeNull();
        new[]
        {
            v.Code, v.LongDescription, v.ShortDescription, v.PricingIndicator, v.MultiplePricingIndicator, v.Coverage, v.Betos, v.TypeOfService,
            v.LabCertification, v.CrossReference, v.Statute, v.AddDate, v.EffectiveDate, v.TerminationDate, v.ActionCode,
        }.ShouldBe(
        [
            "G0103", "Prostate cancer screening; prostate specific antigen test (psa)", "Psa screening", "21", "A", "D", "T1H", "5",
            "310", null, null, "20000101", "20070101", null, "N",
        ]);
    }

    [Theory]
    [InlineData("J1885", "Injection, ketorolac tromethamine, per 15 mg")]
    [InlineData("A4253", "Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips")]
    public void Read_RealWorkbook_VerifiedCodeDescriptions(string code, string longDescription) =>
        _codes.Read(RealFile, CancellationToken.None).Single(r => r.Value?.Code == code).Value!.LongDescription.ShouldBe(longDescription); // matched on its value

    [Fact]
    public void Read_RealWorkbook_VerifiedModifiers()
    {
        var modifiers = _modifiers.Read(RealFile, CancellationToken.None).ToDictionary(r => r.Value!.Code); // the real workbook has no rejected modifier

        modifiers["QW"].Value!.LongDescription.ShouldBe("Clia waived test");
        modifiers["QW"].Row.ShouldBe(275);
        modifiers["TC"].Value!.LongDescription.ShouldNotBeNull().ShouldStartWith("Technical component; under certain circumstances");
        modifiers["TC"].Value!.ShortDescription.ShouldBe("Technical component");
        modifiers["GA"].Value!.LongDescription.ShouldNotBeNull().ShouldStartWith("Waiver of liability statement issued as required by payer policy");
        modifiers.ShouldContainKey("XU");
        modifiers.ShouldNotContainKey("G0103");
    }

    [Fact]
    public void Recognises_AnwebWorkbook_TrueForBothFormats()
    {
        _codes.Recognises(RealFile).ShouldBeTrue();
        _modifiers.Recognises(RealFile).ShouldBeTrue();
    }

    [Fact]
    public void Recognises_OtherFiles_False()
    {
        _codes.Recognises(SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx")).ShouldBeFalse();
        _modifiers.Recognises(SharedData.Path("nucc", "nucc_taxonomy_251.csv")).ShouldBeFalse();
        using var scratch = new ScratchFolder();
        _codes.Recognises(scratch.WriteLines("HCPC2025_OCT_ANWEB.xlsx", "not a workbook")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("HCPC2025_OCT_ANWEB.xlsx", "2025-10")]
    [InlineData("HCPC2026_JAN_ANWEB_v2.xlsx", "2026-01")]
    public void ReadVersion_CmsName_YearAndMonth(string name, string version)
    {
        _codes.ReadVersion("/data/" + name).ShouldBe(version);
        _modifiers.ReadVersion("/data/" + name).ShouldBe(version);
    }

    [Fact]
    public void ReadVersion_OtherName_ThrowsUnknownFormat() =>
        Should.Throw<InputFormatException>(() => _codes.ReadVersion("/data/hcpcs.xlsx")).Kind.ShouldBe(InputErrorKind.UnknownFormat);

    [Fact]
    public void Read_BadCells_RejectedWithSheetCell()
    {
        using var scratch = new ScratchFolder();
        var path = TestWorkbook.Write(Path.Combine(scratch.Folder, "HCPC2025_OCT_ANWEB.xlsx"), "ANWEB",
        [
            AnwebHeader,
            Row("G0103", "3", add: "20000101"),
            Row("G01X3", "3", add: "20000101"),
            Row("J1885", "3", add: "2000-01-01"),
            Row("   QW", "7", add: "19960101"),
            Row("  QWX", "7", add: "19960101"),
            Row("A4253", "X", add: "20000101"),
        ]);

        var codes = _codes.Read(path, CancellationToken.None).ToList();
        var modifiers = _modifiers.Read(path, CancellationToken.None).ToList();

        codes.Select(r => r.Row).ShouldBe([2L, 3L, 4L, 7L]);
        codes[0].Value.ShouldNotBeNull().Code.ShouldBe("G0103");
        Cell(codes[1]).ShouldBe((InputErrorKind.MalformedValue, "ANWEB!A3"));
        Cell(codes[2]).ShouldBe((InputErrorKind.MalformedValue, "ANWEB!AS4"));
        Cell(codes[3]).ShouldBe((InputErrorKind.MalformedValue, "ANWEB!C7"));
        modifiers.Select(r => r.Row).ShouldBe([5L, 6L, 7L]);
        modifiers[0].Value.ShouldNotBeNull().Code.ShouldBe("QW");
        Cell(modifiers[1]).ShouldBe((InputErrorKind.MalformedValue, "ANWEB!A6"));
    }

    [Fact]
    public void Read_NoHeader_ThrowsBadHeaderNamingCell()
    {
        using var scratch = new ScratchFolder();
        var path = TestWorkbook.Write(Path.Combine(scratch.Folder, "HCPC2025_OCT_ANWEB.xlsx"), "ANWEB",
            [["HCPC", "SEQNUM", "LONG DESCRIPTION"], ["G0103", "0010", "Psa"]]);

        var e = Should.Throw<InputFormatException>(() => _codes.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadHeader);
        e.File.ShouldBe("HCPC2025_OCT_ANWEB.xlsx");
        e.Location.Cell.ShouldBe("ANWEB!A1");
    }

    [Fact]
    public void Read_NotAWorkbook_ThrowsUnknownFormat()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("HCPC2025_OCT_ANWEB.xlsx", "HCPC,RECID");

        Should.Throw<InputFormatException>(() => _codes.Read(path, CancellationToken.None).ToList()).Kind.ShouldBe(InputErrorKind.UnknownFormat);
    }

    private static string?[] Row(string hcpc, string recid, string add)
    {
        var row = new string?[AnwebHeader.Length];
        row[0] = hcpc;
        row[2] = recid;
        row[3] = "Long description of " + hcpc.Trim();
        row[4] = "Short " + hcpc.Trim();
        row[Array.IndexOf(AnwebHeader, "ADD DT")] = add;
        row[Array.IndexOf(AnwebHeader, "ACT EFF DT")] = "20250101";
        row[Array.IndexOf(AnwebHeader, "ACTION CD")] = "N";
        return row;
    }

    private static (InputErrorKind Kind, string? Cell) Cell<TRow>(RowResult<TRow> row) where TRow : class
    {
        row.Problem.ShouldNotBeNull();
        return (row.Problem.Kind, row.Problem.Location.Cell);
    }
}
