using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.SpecialtyTaxonomy;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.SpecialtyTaxonomy;

public sealed class SpecialtyTaxonomyFormatTests
{
    private const string Header =
        "MEDICARE SPECIALTY CODE,MEDICARE PROVIDER/SUPPLIER TYPE DESCRIPTION,PROVIDER TAXONOMY CODE," +
        "\"PROVIDER TAXONOMY DESCRIPTION:  TYPE, CLASSIFICATION, SPECIALIZATION\"";

    private readonly SpecialtyTaxonomyFormat _format = new();
    private static string Fixture => EvidenceFixtures.Path(EvidenceFixtures.Crosswalk);

    [Fact]
    public void Read_Fixture_Yields16RowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, Fixture);

        rows.Count.ShouldBe(16);
        rows.ShouldAllBe(r => r.Problem == null);
    }

    [Fact]
    public void Read_RealCmsCrosswalk_FootnotesStrippedAndManyToManyKept()
    {
        // The mirror's file, under a dated name (its own name carries no version): 507 data rows, 14 footnote rows below them.
        var real = SharedData.Path("medicare_specialty_taxonomy", "CROSSWALK_MEDICARE_PROVIDER_SUPPLIER_to_HEALTHCARE_PROVIDER_TAXONOMY.csv");
        using var file = TempFile.Bytes("crosswalk_2020.csv", File.ReadAllBytes(real));
        var rows = RealFiles.ReadAll(_format, file.Path);

        // Two published rows are not single taxonomy codes: line 265 holds two codes in one cell, line 456 an eleven-character
        // code (2843000000X). Each is rejected with its line; the rest load.
        rows.Where(r => r.Problem is not null).Select(r => r.Row).ShouldBe([265L, 456L]);
        var data = RealFiles.Where(rows, _ => true).ToList();
        data.Count.ShouldBe(505);
        data.ShouldAllBe(r => (r.SpecialtyCode ?? "").IndexOf('[') < 0 && (r.SpecialtyDescription ?? "").IndexOf('[') < 0);
        // "87[3],All Other Suppliers" (line 394) and "A9[12],Indian Health Service facility[13]" (line 483), markers stripped.
        data.Single(r => r.Source.Row == 394).SpecialtyCode.ShouldBe("87");
        var ihs = data.Single(r => r.Source.Row == 483);
        (ihs.SpecialtyCode, ihs.SpecialtyDescription, ihs.TaxonomyCode).ShouldBe(("A9", "Indian Health Service facility", null));
        // Many-to-many: specialty 02 has many taxonomies, and 207X00000X sits under both 02 and 20.
        data.Count(r => r.SpecialtyCode == "02").ShouldBeGreaterThan(20);
        var orthopedics = data.Where(r => r.TaxonomyCode == "207X00000X").Select(r => r.SpecialtyCode).ToList();
        orthopedics.ShouldContain("02");
        orthopedics.ShouldContain("20");
    }

    [Fact]
    public void Read_ContinuationRows_InheritTheSpecialtyAbove()
    {
        var rows = RealFiles.ReadAll(_format, Fixture);

        var adolescent = RealFiles.Where(rows, r => r.TaxonomyCode == "207QA0000X").ShouldHaveSingleItem();
        (adolescent.SpecialtyCode, adolescent.SpecialtyDescription).ShouldBe(("08", "Physician/Family Practice"));
        RealFiles.Where(rows, r => r.SpecialtyCode == "50").Select(r => r.TaxonomyCode).ShouldBe(["363L00000X", "363LF0000X"]);
    }

    [Fact]
    public void Read_TrailingSpacesAndLetterCodes_AreTrimmedAndKept()
    {
        var rows = RealFiles.ReadAll(_format, Fixture);

        RealFiles.Where(rows, r => r.SpecialtyCode == "11")[0].SpecialtyDescription.ShouldBe("Physician/Internal Medicine");
        RealFiles.Where(rows, r => r.SpecialtyCode == "06")[0].TaxonomyDescription
            .ShouldBe("Allopathic & Osteopathic Physicians/Internal Medicine/Cardiovascular Disease");
        RealFiles.Where(rows, r => r.SpecialtyCode == "A0").ShouldHaveSingleItem().TaxonomyCode.ShouldBe("282N00000X");
    }

    [Fact]
    public void Read_SpecialtyCodeThatLostItsZero_IsPadded()
    {
        using var file = TempFile.Lines("crosswalk_2024.csv", Header, "1,Physician/General Practice,208D00000X,General Practice");

        RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull().SpecialtyCode.ShouldBe("01");
    }

    [Fact]
    public void Read_TypeWithoutSpecialtyCode_KeepsNullCode()
    {
        using var file = TempFile.Lines("crosswalk_2024.csv", Header, ",Critical Access Hospital,282NC0060X,Hospitals/Critical Access Hospital");

        var row = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull();

        (row.SpecialtyCode, row.SpecialtyDescription, row.TaxonomyCode).ShouldBe((null, "Critical Access Hospital", "282NC0060X"));
    }

    [Fact]
    public void Read_ContinuationWithNothingAbove_RejectsRow()
    {
        using var file = TempFile.Lines("crosswalk_2024.csv", Header, ",,207QA0000X,Adolescent Medicine");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.MissingField, 2L));
    }

    [Fact]
    public void Read_BadTaxonomyCode_RejectsRowWithColumn()
    {
        using var file = TempFile.Lines("crosswalk_2024.csv", Header, "08,Physician/Family Practice,207Q0000X,Family Medicine");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart, problem.Found)
            .ShouldBe((InputErrorKind.MalformedValue, 2L, 30, "207Q0000X"));
    }

    [Fact]
    public void Read_BadSpecialtyCode_RejectsRow()
    {
        using var file = TempFile.Lines("crosswalk_2024.csv", Header, "A00,Hospital,282N00000X,Hospitals/General Acute Care Hospital");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.ColumnStart, problem.Found).ShouldBe((InputErrorKind.MalformedValue, 1, "A00"));
    }

    [Theory]
    [InlineData(new byte[] { 0x96 })]
    [InlineData(new byte[] { 0xE2, 0x80, 0x93 })]
    public void Read_EnDashInWindows1252OrUtf8_DecodesTheSame(byte[] dash)
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(Header + "\r\n08,Physician/Family Practice,207Q00000X,Family Medicine "), .. dash,
            .. Encoding.ASCII.GetBytes(" General\r\n")];
        using var file = TempFile.Bytes("crosswalk_2024.csv", bytes);

        RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull().TaxonomyDescription.ShouldBe("Family Medicine \u2013 General");
    }

    [Fact]
    public void ReadVersion_DatedName_IsTheDate() => _format.ReadVersion(Fixture).ShouldBe("2024-12-10");

    [Fact]
    public void ReadVersion_UndatedName_ThrowsMissingField()
    {
        using var file = TempFile.Lines("crosswalk.csv", Header);

        Should.Throw<InputFormatException>(() => _format.ReadVersion(file.Path)).Kind.ShouldBe(InputErrorKind.MissingField);
    }
}
