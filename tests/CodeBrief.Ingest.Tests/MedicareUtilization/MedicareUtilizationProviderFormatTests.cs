using CodeBrief.Core.Errors;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.MedicareUtilization;

public sealed class MedicareUtilizationProviderFormatTests
{
    private readonly MedicareUtilizationProviderFormat _format = new();
    private static string Fixture => EvidenceFixtures.Path(EvidenceFixtures.Provider);

    private static string Header => File.ReadLines(Fixture).First();

    [Fact]
    public void Read_Fixture_Yields18NarrowRowsWithoutRejects()
    {
        var rows = RealFiles.ReadAll(_format, Fixture);

        rows.Count.ShouldBe(18);
        rows.ShouldAllBe(r => r.Problem == null && r.Value != null);
        RealFiles.Where(rows, r => r.Code == "83036").Count.ShouldBe(9);
    }

    [Fact]
    public void Read_Fixture_KeepsTypeServicesAndAllowed()
    {
        var lab = RealFiles.Where(RealFiles.ReadAll(_format, Fixture), r => r.Npi == "1000000004")
            .Single(r => r.Code == "83036");

        (lab.ProviderType, lab.PlaceOfService, RealFiles.Text(lab.Beneficiaries), RealFiles.Text(lab.Services), RealFiles.Text(lab.AverageAllowed))
            .ShouldBe(("Clinical Laboratory", "O", "5120", "6011", "9.52"));
    }

    [Fact]
    public void ReadVersion_PublishedName_IsDataYear() => _format.ReadVersion(Fixture).ShouldBe("2022");

    [Fact]
    public void Read_BlankProviderType_RejectsRowAsMissingField()
    {
        var good = File.ReadLines(Fixture).Skip(1).First();
        using var file = TempFile.Lines("prov_2022.csv", Header, good, good.Replace(",Internal Medicine,", ",,", StringComparison.Ordinal));

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows[0].Problem.ShouldBeNull();
        var problem = rows[1].Problem.ShouldNotBeNull();
        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.MissingField, 3L));
    }

    [Fact]
    public void Read_ShortNpi_RejectsRowWithFound()
    {
        var good = File.ReadLines(Fixture).Skip(1).First();
        using var file = TempFile.Lines("prov_2022.csv", Header, good.Replace("1000000001,", "100000001,", StringComparison.Ordinal));

        var problem = RealFiles.ReadAll(_format, file.Path).ShouldHaveSingleItem().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Location.Line, problem.Location.ColumnStart, problem.Found)
            .ShouldBe((InputErrorKind.MalformedValue, 2L, 1, "100000001"));
    }

    [Fact]
    public void Recognises_ByProviderFileWithoutHcpcs_IsFalse()
    {
        using var file = TempFile.Lines("MUP_PHY_R24_P07_V10_D22_Prov.csv",
            "Rndrng_NPI,Rndrng_Prvdr_Last_Org_Name,Rndrng_Prvdr_Type,Tot_HCPCS_Cds,Tot_Benes,Tot_Srvcs",
            "1000000001,Example,Internal Medicine,12,500,900");

        _format.Recognises(file.Path).ShouldBeFalse();
    }
}
