using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

/// <summary>The dossier over a warehouse loaded like `data load` does: real code sets plus the evidence fixtures.</summary>
public sealed class EvidenceDossierTests(EvidenceHome home) : IClassFixture<EvidenceHome>
{
    private readonly DossierBuilder _builder = new(home.Db);

    [Fact]
    public void Build_CodeWithUtilization_TaxonomiesComeFromProviderTypesThroughTheCrosswalk()
    {
        var d = _builder.Build("83036");

        d.Taxonomies.ShouldAllBe(t => t.Basis == TaxonomyFact.UtilizationBasis);
        d.Taxonomies.Select(t => t.Code).ShouldBe(
        [
            "291U00000X", "207Q00000X", "207QA0000X", "207R00000X", "207RA0000X", "207RE0101X", "363L00000X", "363LF0000X",
            "207RC0000X", "363A00000X", "363AM0700X", "207ZP0102X", "207ZP0105X",
        ]);
        var lab = d.Taxonomies[0];
        lab.Specialty.ShouldBe("Clinical Medical Laboratory");
        lab.Source.ShouldBe(new SourceRef("nucc", "nucc_taxonomy_251.csv", "25.1", 801));
        lab.Why.ShouldBe("Provider type Clinical Laboratory billed 6,011 services to 5,120 beneficiaries (80.8% of the code's services) in data year 2022 "
            + "per the Medicare utilization file; the CMS taxonomy crosswalk maps Medicare specialty 69 (Clinical Laboratory) to this taxonomy");
        lab.BasisSources.ShouldBe(
        [
            new SourceRef("medicare-utilization-provider", EvidenceFixtures.Provider, "2022", 0),
            new SourceRef("specialty-taxonomy-crosswalk", EvidenceFixtures.Crosswalk, "2024-12-10", 13),
        ]);
    }

    [Fact]
    public void Build_CodeWithUtilization_KeepsEveryProviderTypeWithItsFigures()
    {
        var types = _builder.Build("83036").ProviderTypes;

        types.Count.ShouldBe(8);
        var medicine = types.Single(t => t.ProviderType == "Internal Medicine");
        (medicine.Year, medicine.Services, medicine.Beneficiaries, medicine.SharePercent, medicine.Providers, medicine.Rows)
            .ShouldBe(("2022", 403m, (decimal?)226m, 5.4m, 2, 2));
        medicine.TaxonomyCodes.ShouldBe(["207R00000X", "207RA0000X"]);
    }

    [Fact]
    public void Build_CodeWithoutUtilization_FamilyTableSpecialtiesThroughTheCrosswalk()
    {
        var d = _builder.Build("83789");

        d.ProviderTypes.ShouldBeEmpty();
        // Laboratory family: Medicare specialties 69 (clinical laboratory) and 22 (pathology), each mapped by the crosswalk fixture's rows.
        d.Taxonomies.Select(t => t.Code).ShouldBe(["291U00000X", "207ZP0102X", "207ZP0105X"]);
        d.Taxonomies.ShouldAllBe(t => t.Basis == TaxonomyFact.CrosswalkBasis && t.BasisSources[0].Dataset == "codebrief-editorial"
            && t.BasisSources[1].Dataset == "specialty-taxonomy-crosswalk");
        d.Taxonomies[1].Why.ShouldContain("Medicare specialty 22");
        d.Diagnoses.ShouldBeEmpty();
        d.UnlistedDiagnoses.Count.ShouldBe(0);
        d.Utilization.ShouldBeEmpty();
    }

    [Fact]
    public void Build_CodeInTwoArticles_DiagnosesConfirmedByIcd10WithBillableFlagAndBothArticles()
    {
        var d = _builder.Build("83036");

        d.Diagnoses.Select(x => x.Code).ShouldBe(["E11.22", "E11.65", "E11.8", "E11.9", "R73.01", "R73.03", "R73.09", "Z13.1", "Z79.84"]);
        d.Diagnoses.ShouldAllBe(x => x.Billable);
        var e119 = d.Diagnoses.Single(x => x.Code == "E11.9");
        (e119.Description, e119.Source).ShouldBe(("Type 2 diabetes mellitus without complications",
            new SourceRef("icd10cm", "icd10cm-codes-2026.txt", "FY2026", 3511)));
        e119.Basis.ShouldBe("LCD article A99901 version 12, covered group 1; LCD article A99903 version 3, covered group 1");
        e119.BasisSources.Select(s => (s.Dataset, s.Row)).ShouldBe(
            [("lcd-article-icd10", 5L), ("lcd-article-hcpc", 2L), ("lcd-article-icd10", 15L), ("lcd-article-hcpc", 7L)]);
    }

    [Fact]
    public void Build_ArticleNamesCategory_CountsItWithoutListingIt()
    {
        var d = _builder.Build("83036");

        d.Diagnoses.ShouldNotContain(x => x.Code == "R73.0");
        d.UnlistedDiagnoses.Count.ShouldBe(1);
        d.UnlistedDiagnoses.Sources.ShouldBe([new SourceRef("lcd-article-icd10", EvidenceFixtures.ArticleIcd10, d.UnlistedDiagnoses.Sources[0].Version, 16)]);
    }

    [Fact]
    public void Build_UserCrosswalk_ListsConfirmedCodesOnly()
    {
        var d = _builder.Build("99213");

        d.Diagnoses.Select(x => (x.Code, x.Basis)).ShouldBe(
            [("E11.9", "user diagnosis crosswalk"), ("E78.00", "user diagnosis crosswalk"), ("I10", "user diagnosis crosswalk")]);
        d.Diagnoses[0].BasisSources.ShouldHaveSingleItem().ShouldBe(
            new SourceRef("diagnosis-crosswalk", EvidenceFixtures.DiagnosisCrosswalk, d.Diagnoses[0].BasisSources[0].Version, 4));
        d.UnlistedDiagnoses.Count.ShouldBe(1); // E11 is a category, not a code of the loaded set
    }

    [Fact]
    public void Build_CodeWithUtilization_NationalRowsByPlaceOfService()
    {
        var u = _builder.Build("83036").Utilization;

        u.Select(x => (x.Year, x.PlaceOfService, x.Setting, x.Services, x.Beneficiaries, x.AverageAllowedCents, x.Providers)).ShouldBe(
        [
            ("2022", "F", "facility", 20117m, (decimal?)18235m, new Money(9.71m), (decimal?)461m),
            ("2022", "O", "office and other non-facility settings", 10318275m, (decimal?)6240418m, new Money(9.71m), (decimal?)9852m),
        ]);
        u[1].Source.ShouldBe(new SourceRef("medicare-utilization", EvidenceFixtures.Geo, "2022", 7));
    }

    [Fact]
    public void Build_Evidence_EveryEvidenceFileIsInTheSourcesList()
    {
        var datasets = _builder.Build("83036").Sources.Select(s => s.Dataset).ToList();

        datasets.ShouldContain("medicare-utilization");
        datasets.ShouldContain("medicare-utilization-provider");
        datasets.ShouldContain("specialty-taxonomy-crosswalk");
        datasets.ShouldContain("lcd-article-icd10");
        datasets.ShouldContain("lcd-article-hcpc");
        _builder.Build("83036").Sources.ShouldNotContain(s => s.File == "CodeBrief taxonomy mapping");
    }
}
