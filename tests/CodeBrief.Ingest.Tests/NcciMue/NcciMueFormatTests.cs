using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.NcciMue;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.NcciMue;

/// <summary>MUE tables are not in the mirror; these tests read the hand-written fixture in CMS's layout (Fixtures/README.md).</summary>
public sealed class NcciMueFormatTests
{
    private static readonly string PractitionerFixture = Fixture.Path("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv");
    private readonly NcciMueFormat _format = new();

    [Fact]
    public void Read_PractitionerFixture_YieldsCodesFromTheLineAfterTheHeader()
    {
        var rows = _format.Read(PractitionerFixture, CancellationToken.None).ToList();

        rows.Count.ShouldBe(5);
        rows.ShouldAllBe(r => r.Problem == null);
        // Preamble spans lines 1-3 and the header 4-5, both quoted multi-line cells.
        rows.Select(r => r.Row).ShouldBe([6L, 7L, 8L, 9L, 10L]);
        Cells(rows[0]).ShouldBe(["0001U", "practitioner", "1", "2", "Code Descriptor / CPT Instruction"]);
        Cells(rows[3]).ShouldBe(["J1100", "practitioner", "100", "1", "Prescribing Information"]);
    }

    [Theory]
    [InlineData("MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv", "Outpatient Hospital Services MUE Values", "hospital")]
    [InlineData("MCR_MUE_DMESupplierServices_Eff_04-01-2026.csv", "DME Supplier Services MUE Values", "dme")]
    public void Read_OtherSettings_SettingFromHeader(string name, string valuesHeader, string setting)
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines(name, "\"Copyright 2025 American Medical Association\",,,",
            $"HCPCS/CPT Code,{valuesHeader},MUE Adjudication Indicator,MUE Rationale",
            "A4253,6,\"3 Date of Service Edit: Clinical\",Clinical: Data");

        var row = _format.Read(path, CancellationToken.None).Single();

        row.Row.ShouldBe(3);
        Cells(row).ShouldBe(["A4253", setting, "6", "3", "Clinical: Data"]);
    }

    [Fact]
    public void Recognises_MueTable_TrueAndOthersFalse()
    {
        _format.Recognises(PractitionerFixture).ShouldBeTrue();
        _format.Recognises(SharedData.Path("nucc", "nucc_taxonomy_251.csv")).ShouldBeFalse();
        _format.Recognises(Fixture.Path("ccipra-v321r0-f1.txt")).ShouldBeFalse();
    }

    [Fact]
    public void ReadVersion_CmsName_EffectiveDate()
    {
        _format.ReadVersion(PractitionerFixture).ShouldBe("2026-04-01");
        Should.Throw<InputFormatException>(() => _format.ReadVersion("/data/mue.csv")).Kind.ShouldBe(InputErrorKind.UnknownFormat);
    }

    [Fact]
    public void Read_BadRecords_RejectedWithKindAndLine()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv",
            "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
            "36415,2,\"3 Date of Service Edit: Clinical\",CMS Policy",
            "36415,two,\"3 Date of Service Edit: Clinical\",CMS Policy",
            "3641,2,\"3 Date of Service Edit: Clinical\",CMS Policy",
            "36415,2,\"Date of Service Edit: Clinical\",CMS Policy",
            "36415,2",
            "",
            "99213,1,\"2 Date of Service Edit: Policy\",");

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Count.ShouldBe(6);
        rows[0].Problem.ShouldBeNull();
        Problem(rows[1]).ShouldBe((3L, InputErrorKind.MalformedValue));
        Problem(rows[2]).ShouldBe((4L, InputErrorKind.MalformedValue));
        rows[2].Problem!.Location.ColumnStart.ShouldBe(1);
        Problem(rows[3]).ShouldBe((5L, InputErrorKind.MalformedValue));
        Problem(rows[4]).ShouldBe((6L, InputErrorKind.MissingField));
        rows[5].Row.ShouldBe(8);
        Cells(rows[5]).ShouldBe(["99213", "practitioner", "1", "2", null]);
    }

    [Fact]
    public void Read_NoHeader_ThrowsBadHeader()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "Code,Units,Indicator,Rationale", "36415,2,3,CMS Policy");

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadHeader);
        e.File.ShouldBe("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv");
    }

    private static (long Line, InputErrorKind Kind) Problem<TRow>(RowResult<TRow> row) where TRow : class
    {
        row.Problem.ShouldNotBeNull();
        return (row.Problem.Location.Line ?? -1, row.Problem.Kind);
    }


    private static string?[] Cells(RowResult<MueRow> row)
    {
        var v = row.Value.ShouldNotBeNull();
        return [v.Code, v.Setting, v.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), v.AdjudicationIndicator, v.Rationale];
    }
}
