using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Nucc;

public sealed class NuccFormatTests
{
    private const string Header = "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section";
    private static readonly string RealFile = SharedData.Path("nucc", "nucc_taxonomy_251.csv");
    private readonly NuccFormat _format = new();

    [Fact]
    public void Read_RealFile_Yields883RowsWithoutRejects()
    {
        var rows = _format.Read(RealFile, CancellationToken.None).ToList();

        rows.Count.ShouldBe(883);
        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows[0].Row.ShouldBe(2);
        rows[0].Value!.Code.ShouldBe("193200000X"); // no rejects, so every row has its value
        rows.Count(r => r.Value!.Section == "Individual").ShouldBe(698);
        rows.Count(r => r.Value!.Section == "Non-Individual").ShouldBe(185);
    }

    [Theory]
    [InlineData("207L00000X", "Allopathic & Osteopathic Physicians", "Anesthesiology", null, "Anesthesiology Physician")]
    [InlineData("207RG0100X", "Allopathic & Osteopathic Physicians", "Internal Medicine", "Gastroenterology", "Gastroenterology Physician")]
    [InlineData("261QX0200X", "Ambulatory Health Care Facilities", "Clinic/Center", "Oncology", "Oncology Clinic/Center")]
    public void Read_RealFile_HasVerifiedValues(string code, string grouping, string classification, string? specialization, string display)
    {
        var row = _format.Read(RealFile, CancellationToken.None).Single(r => r.Value?.Code == code).Value.ShouldNotBeNull();

        row.Grouping.ShouldBe(grouping);
        row.Classification.ShouldBe(classification);
        row.Specialization.ShouldBe(specialization ?? ""); // blank cells are empty strings in NuccRow
        row.DisplayName.ShouldBe(display);
    }

    [Fact]
    public void Read_QuotedMultiLineField_RowIsTheLineTheRecordStartsOn()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("nucc_taxonomy_251.csv", Header,
            "207L00000X,Allopathic & Osteopathic Physicians,Anesthesiology,,\"Line one,",
            "line \"\"two\"\"\",[7/1/2003: new],Anesthesiology Physician,Individual",
            "207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine,,Family medicine.,,Family Medicine Physician,Individual");

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Select(r => r.Row).ShouldBe([2L, 4L]);
        rows[0].Value.ShouldNotBeNull().Definition.ShouldBe("Line one,\r\nline \"two\"");
        rows[1].Value.ShouldNotBeNull().Notes.ShouldBe("");
    }

    [Fact]
    public void Recognises_RealFile_TrueAndOthersFalse()
    {
        _format.Recognises(RealFile).ShouldBeTrue();
        _format.Recognises(SharedData.Path("icd10cm", "icd10cm-codes-2026.txt")).ShouldBeFalse();
        using var scratch = new ScratchFolder();
        _format.Recognises(scratch.WriteLines("nucc_taxonomy_260.csv", "Taxonomy,Name", "207L00000X,Anesthesiology")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("nucc_taxonomy_251.csv", "25.1")]
    [InlineData("nucc_taxonomy_260.csv", "26.0")]
    public void ReadVersion_NuccName_Version(string name, string version) => _format.ReadVersion("/data/" + name).ShouldBe(version);

    [Fact]
    public void Read_BadRecords_RejectedWithKindAndLine()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("nucc_taxonomy_251.csv", Header,
            "207L0000,Allopathic & Osteopathic Physicians,Anesthesiology,,Def,,Anesthesiology Physician,Individual",
            "207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine",
            "207Q00000X,Allopathic & Osteopathic Physicians,Family \"Medicine\",,Def,,Family Medicine Physician,Individual",
            "207RG0100X,Allopathic & Osteopathic Physicians,Internal Medicine,Gastroenterology,Def,,Gastroenterology Physician,Individual");

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Count.ShouldBe(4);
        rows[0].Problem!.Kind.ShouldBe(InputErrorKind.MalformedValue);
        rows[0].Problem!.Location.Line.ShouldBe(2);
        rows[0].Problem!.Found.ShouldBe("207L0000");
        rows[1].Problem!.Kind.ShouldBe(InputErrorKind.MissingField);
        rows[1].Problem!.Location.Line.ShouldBe(3);
        rows[2].Problem!.Kind.ShouldBe(InputErrorKind.MalformedValue);
        rows[2].Problem!.Location.Line.ShouldBe(4);
        rows[3].Problem.ShouldBeNull();
        rows[3].Row.ShouldBe(5);
    }

    [Fact]
    public void Read_WrongHeader_ThrowsBadHeaderAtLine1()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("nucc_taxonomy_251.csv", "Code,Group,Classification", "207L00000X,x,y");

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadHeader);
        e.File.ShouldBe("nucc_taxonomy_251.csv");
        e.Location.Line.ShouldBe(1);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsBadEncodingWithLine()
    {
        using var scratch = new ScratchFolder();
        var text = Header + "\r\n207L00000X,Allopathic & Osteopathic Physicians,Anesthesiology,,Def,,Anesthesiology Physician,Individual\r\n"
            + "207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine,,D";
        var bytes = System.Text.Encoding.ASCII.GetBytes(text).Concat(new byte[] { 0xE9 })
            .Concat(System.Text.Encoding.ASCII.GetBytes("f,,Family Medicine Physician,Individual\r\n")).ToArray();
        var path = scratch.WriteBytes("nucc_taxonomy_251.csv", bytes);

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadEncoding);
        e.Location.Line.ShouldBe(3);
    }
}
