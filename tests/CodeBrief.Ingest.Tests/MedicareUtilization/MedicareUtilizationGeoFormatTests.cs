using CodeBrief.Core.Errors;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.MedicareUtilization;

public sealed class MedicareUtilizationGeoFormatTests
{
    private const string Header =
        "Rndrng_Prvdr_Geo_Lvl,Rndrng_Prvdr_Geo_Cd,Rndrng_Prvdr_Geo_Desc,HCPCS_Cd,HCPCS_Desc,HCPCS_Drug_Ind,Place_Of_Srvc," +
        "Tot_Rndrng_Prvdrs,Tot_Benes,Tot_Srvcs,Tot_Bene_Day_Srvcs,Avg_Sbmtd_Chrg,Avg_Mdcr_Alowd_Amt,Avg_Mdcr_Pymt_Amt,Avg_Mdcr_Stdzd_Amt";

    private readonly MedicareUtilizationGeoFormat _format = new();
    private static string Fixture => EvidenceFixtures.Path(EvidenceFixtures.Geo);

    [Fact]
    public void Read_Fixture_Yields20RowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, Fixture);

        rows.Count.ShouldBe(20);
        rows.ShouldAllBe(r => r.Problem == null);
        (rows[0].Row, rows[^1].Row).ShouldBe((2L, 21L));
        RealFiles.Where(rows, r => r.GeoLevel == "National").Count.ShouldBe(9);
    }

    [Fact]
    public void Read_Fixture_KeepsQuotedDescriptionAndAmounts()
    {
        var rows = RealFiles.Where(RealFiles.ReadAll(_format, Fixture), r => r.Code == "99213");
        var office = rows.Single(r => r.GeoLevel == "National" && r.PlaceOfService == "O");

        office.Description.ShouldBe("Established patient office or other outpatient visit, 20-29 minutes");
        RealFiles.Text(office.Services).ShouldBe("63904558");
        RealFiles.Text(office.AverageAllowed).ShouldBe("88.950357");
        RealFiles.Text(office.Providers).ShouldBe("439021");
        office.DrugIndicator.ShouldBe("N");
        office.GeoCode.ShouldBeNull();
    }

    [Fact]
    public void Read_FractionalDrugUnits_AreKeptExactly() =>
        RealFiles.Text(RealFiles.Where(RealFiles.ReadAll(_format, Fixture), r => r.Code == "J1100")
            .Single(r => r.GeoLevel == "National").Services).ShouldBe("24815677.5");

    [Theory]
    [InlineData("MUP_PHY_R24_P05_V10_D22_Geo.csv", "2022")]
    [InlineData("MUP_PHY_R25_P05_V10_D23_Geo.csv", "2023")]
    [InlineData("Medicare_Physician_Other_Practitioners_by_Geography_and_Service_2021.csv", "2021")]
    public void ReadVersion_PublishedName_IsDataYear(string name, string year)
    {
        using var file = TempFile.Lines(name, Header);

        _format.ReadVersion(file.Path).ShouldBe(year);
    }

    [Fact]
    public void ReadVersion_NameWithoutYear_ThrowsMissingField()
    {
        using var file = TempFile.Lines("geo.csv", Header);

        Should.Throw<InputFormatException>(() => _format.ReadVersion(file.Path)).Kind.ShouldBe(InputErrorKind.MissingField);
    }

    [Fact]
    public void Read_UnknownGeographyLevel_RejectsRowWithLine()
    {
        using var file = TempFile.Lines("geo_2022.csv", Header,
            "National,,National,83036,Hemoglobin A1c level,N,O,9852,6240418,10318275,10015002,34.56,9.71,9.52,9.71",
            "County,01001,Autauga,83036,Hemoglobin A1c level,N,O,12,500,800,790,30.1,9.29,9.1,9.6");

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Problem.ShouldBeNull();
        var problem = rows[1].Problem.ShouldNotBeNull();
        (problem.Kind, problem.Location.Line, problem.Found).ShouldBe((InputErrorKind.MalformedValue, 3L, "County"));
    }

    [Fact]
    public void Read_BadServiceCount_RejectsRowWithColumns()
    {
        using var file = TempFile.Lines("geo_2022.csv", Header,
            "National,,National,83036,Hemoglobin A1c level,N,O,9852,6240418,10.3M,10015002,34.56,9.71,9.52,9.71");

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Found).ShouldBe((InputErrorKind.MalformedValue, 2L, "10.3M"));
        problem.Location.ColumnStart.ShouldBe(64);
    }

    [Fact]
    public void Read_HeaderMissingAColumn_ThrowsBadHeaderNamingIt()
    {
        using var file = TempFile.Lines("geo_2022.csv", Header.Replace(",Avg_Mdcr_Stdzd_Amt", "", StringComparison.Ordinal),
            "National,,National,83036,Hemoglobin A1c level,N,O,9852,6240418,10318275,10015002,34.56,9.71,9.52");

        var problem = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.BadHeader, 1L));
        problem.Message.ShouldContain("Avg_Mdcr_Stdzd_Amt");
    }

    [Fact]
    public void Read_ReorderedColumns_ReadsByName()
    {
        using var file = TempFile.Lines("geo_2022.csv",
            "HCPCS_Cd,Rndrng_Prvdr_Geo_Lvl,Rndrng_Prvdr_Geo_Cd,Rndrng_Prvdr_Geo_Desc,HCPCS_Desc,HCPCS_Drug_Ind,Place_Of_Srvc," +
            "Tot_Rndrng_Prvdrs,Tot_Benes,Tot_Srvcs,Tot_Bene_Day_Srvcs,Avg_Sbmtd_Chrg,Avg_Mdcr_Alowd_Amt,Avg_Mdcr_Pymt_Amt,Avg_Mdcr_Stdzd_Amt",
            "83036,National,,National,Hemoglobin A1c level,N,O,9852,6240418,10318275,10015002,34.56,9.71,9.52,9.71");

        var row = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Value.ShouldNotBeNull();

        (row.GeoLevel, row.Code, RealFiles.Text(row.Services)).ShouldBe(("National", "83036", "10318275"));
    }
}
