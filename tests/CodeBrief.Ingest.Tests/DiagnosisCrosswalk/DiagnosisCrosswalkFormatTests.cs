using CodeBrief.Core.Errors;
using CodeBrief.Ingest.DiagnosisCrosswalk;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.DiagnosisCrosswalk;

public sealed class DiagnosisCrosswalkFormatTests
{
    private readonly DiagnosisCrosswalkFormat _format = new();

    [Fact]
    public void Read_Fixture_Yields5RowsWithCodesWithoutDots()
    {
        var rows = RealFiles.ReadAll(_format, EvidenceFixtures.Path(EvidenceFixtures.DiagnosisCrosswalk));

        rows.Count.ShouldBe(5);
        rows.ShouldAllBe(r => r.Problem == null);
        RealFiles.Where(rows, r => r.Code == "99213").Select(r => r.Icd10Code).ShouldBe(["I10", "E7800", "E119", "E11"]);
        RealFiles.Where(rows, r => r.Icd10Code == "E7800").Single().Note.ShouldBeNull();
    }

    [Fact]
    public void Recognises_TwoColumnHeader_IsTrue()
    {
        using var file = TempFile.Lines("my-dx.csv", "code,icd10_code", "99213,I10");

        _format.Recognises(file.Path).ShouldBeTrue();
        RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull().ShouldBe(new DiagnosisCrosswalkRow("99213", "I10", null, new Core.Provenance.SourceRef("diagnosis-crosswalk", Path.GetFileName(file.Path), "unversioned", 2)));
    }

    [Fact]
    public void Recognises_OtherColumns_IsFalse()
    {
        using var file = TempFile.Lines("my-dx.csv", "code,icd10_code,note,weight", "99213,I10,,1");

        _format.Recognises(file.Path).ShouldBeFalse();
    }

    [Fact]
    public void Read_BadCodes_RejectRowsWithLineAndColumn()
    {
        using var file = TempFile.Lines("my-dx.csv", "code,icd10_code,note", "9921,I10,", "99213,10I,", "99213,,");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Select(r => (r.Problem!.Kind, r.Problem.Location.Line, r.Problem.Location.ColumnStart)).ShouldBe(
        [
            (InputErrorKind.MalformedValue, 2L, (int?)1),
            (InputErrorKind.MalformedValue, 3L, (int?)7),
            (InputErrorKind.MissingField, 4L, (int?)7),
        ]);
    }

    [Theory]
    [InlineData("dx-crosswalk-2025-11-01.csv", "2025-11-01")]
    [InlineData("dx_2025.csv", "2025")]
    [InlineData("dx.csv", "unversioned")]
    public void ReadVersion_Name_GivesDateYearOrUnversioned(string name, string version)
    {
        using var file = TempFile.Lines(name, "code,icd10_code", "99213,I10");

        _format.ReadVersion(file.Path).ShouldBe(version);
    }
}
