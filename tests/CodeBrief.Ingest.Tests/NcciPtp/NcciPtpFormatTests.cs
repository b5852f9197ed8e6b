using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.NcciPtp;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.NcciPtp;

/// <summary>PTP files are not in the mirror; these tests read the hand-written fixture in CMS's layout (Fixtures/README.md).</summary>
public sealed class NcciPtpFormatTests
{
    private const string HeaderLine =
        "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale";

    private static readonly string PractitionerFixture = Fixture.Path("ccipra-v321r0-f1.txt");
    private readonly NcciPtpFormat _format = new();

    [Fact]
    public void Read_PractitionerFixture_YieldsEditsWithLinesAndIsoDates()
    {
        var rows = _format.Read(PractitionerFixture, CancellationToken.None).ToList();

        rows.Count.ShouldBe(5);
        rows.ShouldAllBe(r => r.Problem == null);
        rows.Select(r => r.Row).ShouldBe([6L, 7L, 8L, 9L, 10L]);
        Cells(rows[0]).ShouldBe(["11042", "11000", "practitioner", null, "2009-01-01", null, "1", "Mutually exclusive procedures"]);
        rows[1].Value.ShouldNotBeNull().Prior1996.ShouldBe("*");
        Cells(rows[2]).ShouldBe(["93000", "93005", "practitioner", null, "2000-01-01", "2002-01-01", "9", "CPT Manual or CMS manual coding instruction"]);
        rows[3].Value.ShouldNotBeNull().ModifierIndicator.ShouldBe("0");
    }

    [Fact]
    public void Read_HospitalName_SettingHospital()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Copy(PractitionerFixture, "ccioph-v321r0-f2.txt");

        _format.Read(path, CancellationToken.None).ShouldAllBe(r => r.Value!.Setting == "hospital"); // no rejects in this file
    }

    [Fact]
    public void Recognises_CmsPtpFile_TrueAndOthersFalse()
    {
        _format.Recognises(PractitionerFixture).ShouldBeTrue();
        _format.Recognises(SharedData.Path("icd10cm", "icd10cm-codes-2026.txt")).ShouldBeFalse();
        using var scratch = new ScratchFolder();
        _format.Recognises(scratch.Copy(PractitionerFixture, "edits.txt")).ShouldBeFalse();
        _format.Recognises(scratch.WriteLines("ccipra-v321r0-f3.txt", "Copyright", "Code1\tCode2", "11042\t11000")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("ccipra-v321r0-f1.txt", "v321r0")]
    [InlineData("CCIOPH-V322R1-F4.TXT", "v322r1")]
    public void ReadVersion_CmsName_VersionAndRevision(string name, string version) => _format.ReadVersion("/data/" + name).ShouldBe(version);

    [Fact]
    public void Read_BadLines_RejectedWithKindLineAndColumns()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("ccipra-v321r0-f1.txt",
            "CPT codes, descriptions and other data only are copyright 2025 American Medical Association.",
            HeaderLine,
            "11042\t11000\t\t20090101\t*\t1\tMutually exclusive procedures",
            "11042\t11000\t\t20090101\t*\t2\tMutually exclusive procedures",
            "11042\t1100\t\t20090101\t*\t1\tMutually exclusive procedures",
            "11042\t11000\t\t2009-01-01\t*\t1\tMutually exclusive procedures",
            "11042\t11000\t\t20090101\t20091399\t1\tMutually exclusive procedures",
            "11042\t11000\t\t20090101",
            "11042\t11000\tX\t20090101\t*\t1\tMutually exclusive procedures");

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows.Count.ShouldBe(7);
        rows[0].Problem.ShouldBeNull();
        Problem(rows[1]).ShouldBe((4L, InputErrorKind.MalformedValue, 25, 25));
        Problem(rows[2]).ShouldBe((5L, InputErrorKind.MalformedValue, 7, 10));
        Problem(rows[3]).ShouldBe((6L, InputErrorKind.MalformedValue, 14, 23));
        Problem(rows[4]).ShouldBe((7L, InputErrorKind.MalformedValue, 23, 30));
        Problem(rows[5]).ShouldBe((8L, InputErrorKind.MissingField, 1, 21));
        Problem(rows[6]).ShouldBe((9L, InputErrorKind.MalformedValue, 13, 13));
    }

    [Fact]
    public void Read_NoHeader_ThrowsBadHeader()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("ccipra-v321r0-f1.txt", "Copyright", "11042\t11000\t\t20090101\t*\t1\tMutually exclusive procedures");

        var e = Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList());

        e.Kind.ShouldBe(InputErrorKind.BadHeader);
        e.File.ShouldBe("ccipra-v321r0-f1.txt");
    }

    [Fact]
    public void Read_HeaderWithoutRows_ThrowsTruncated()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.WriteLines("ccipra-v321r0-f1.txt", "Copyright", HeaderLine, "\t\t\t\t*=no data\t\t");

        Should.Throw<InputFormatException>(() => _format.Read(path, CancellationToken.None).ToList()).Kind.ShouldBe(InputErrorKind.Truncated);
    }

    [Fact]
    public void Read_Windows1252Preamble_SkippedButBadByteInEditRejected()
    {
        using var scratch = new ScratchFolder();
        var bytes = new List<byte>();
        bytes.AddRange("CPT"u8.ToArray());
        bytes.Add(0xAE); // ® in Windows-1252: not UTF-8
        bytes.AddRange(" is a registered trademark.\r\n"u8.ToArray());
        bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(HeaderLine + "\r\n11042\t11000\t\t20090101\t*\t1\tMutually exclusive\r\n"));
        bytes.AddRange("11042\t11001\t\t20090101\t*\t1\tMutually excl"u8.ToArray());
        bytes.Add(0xE9);
        bytes.AddRange("\r\n"u8.ToArray());
        var path = scratch.WriteBytes("ccipra-v321r0-f1.txt", bytes.ToArray());

        var rows = _format.Read(path, CancellationToken.None).ToList();

        rows[0].Problem.ShouldBeNull();
        Problem(rows[1]).ShouldBe((4L, InputErrorKind.BadEncoding, 40, null));
    }

    private static (long Line, InputErrorKind Kind, int? Start, int? End) Problem<TRow>(RowResult<TRow> row) where TRow : class
    {
        row.Problem.ShouldNotBeNull();
        return (row.Problem.Location.Line ?? -1, row.Problem.Kind, row.Problem.Location.ColumnStart, row.Problem.Location.ColumnEnd);
    }


    private static string?[] Cells(RowResult<PtpEditRow> row)
    {
        var v = row.Value.ShouldNotBeNull();
        return [v.Column1, v.Column2, v.Setting, v.Prior1996, v.EffectiveDate, v.DeletionDate, v.ModifierIndicator, v.Rationale];
    }
}
