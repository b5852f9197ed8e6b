using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.DiagnosisCrosswalk;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.SpecialtyTaxonomy;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Evidence;

namespace CodeBrief.Warehouse.Tests.Evidence;

public abstract class EvidenceQueriesContract<TStore> : IClassFixture<LoadedEvidence<TStore>> where TStore : StoreUnderTest, new()
{
    private readonly IEvidenceStore _queries;

    /// <summary>The queries over the shared warehouse, which no test changes.</summary>
    protected EvidenceQueriesContract(LoadedEvidence<TStore> loaded) => _queries = loaded.Warehouse.Warehouse.Evidence;

    [Fact]
    public void TaxonomiesOfSpecialty_ManyToMany_EveryCrosswalkRowOfTheSpecialty()
    {
        // The fixture lists specialty 08 on a row and its continuation row below: both taxonomies, in file order.
        var family = _queries.TaxonomiesOfSpecialty("08");
        family.Select(t => (t.Code, t.MedicareSpecialtyCode)).ShouldBe([("207Q00000X", "08"), ("207QA0000X", "08")]);
        family.ShouldAllBe(t => t.Crosswalk.Dataset == "specialty-taxonomy-crosswalk" && t.Nucc.Dataset == "nucc");
        _queries.TaxonomiesOfSpecialty("ZZ").ShouldBeEmpty();
    }

    [Fact]
    public void ProviderTypes_LabCode_RanksTypesByServicesWithShares()
    {
        var types = _queries.ProviderTypes("83036");

        types.Select(t => t.ProviderType).ShouldBe(
        [
            "Clinical Laboratory", "Family Practice", "Internal Medicine", "Endocrinology", "Nurse Practitioner", "Cardiology",
            "Physician Assistant", "Pathology",
        ]);
        types.Sum(t => t.Services).ShouldBe(7441m);
        types[0].Share.ShouldBe(0.8078m);
        types[0].AllowedAmount.ShouldBe(57224.72m);
        types[0].Source.ShouldBe(new SourceRef("medicare-utilization-provider", EvidenceFixtures.Provider, "2022", 0));
    }

    [Fact]
    public void ProviderTypes_TypeOnSeveralRows_AddsThemUpAndCountsDistinctNpis()
    {
        var medicine = _queries.ProviderTypes("83036").Single(t => t.ProviderType == "Internal Medicine");

        (medicine.Services, medicine.Beneficiaries, medicine.AllowedAmount, medicine.Providers, medicine.Rows, medicine.Share)
            .ShouldBe((403m, (decimal?)226m, 3747.32m, 2, 2, 0.0542m));
    }

    [Fact]
    public void ProviderTypes_MapThroughCrosswalkToNuccCodesWithBothSources()
    {
        var medicine = _queries.ProviderTypes("83036").Single(t => t.ProviderType == "Internal Medicine");

        medicine.Taxonomies.Select(t => t.Code).ShouldBe(["207R00000X", "207RA0000X"]);
        var first = medicine.Taxonomies[0];
        (first.Specialty, first.MedicareSpecialtyCode, first.MedicareSpecialty)
            .ShouldBe(("Internal Medicine Physician", "11", "Physician/Internal Medicine"));
        first.Crosswalk.ShouldBe(new SourceRef("specialty-taxonomy-crosswalk", EvidenceFixtures.Crosswalk, "2024-12-10", 6));
        first.Nucc.ShouldBe(new SourceRef("nucc", "nucc_taxonomy_251.csv", "25.1", 45));
    }

    [Fact]
    public void ProviderTypes_ShortTypeName_MatchesTheCrosswalkParentheticalOnly()
    {
        var cardiology = _queries.ProviderTypes("83036").Single(t => t.ProviderType == "Cardiology");

        // 06 "Physician/Cardiovascular Disease (Cardiology)" matches; C3 "Physician/Interventional Cardiology" does not.
        cardiology.Taxonomies.ShouldHaveSingleItem().Code.ShouldBe("207RC0000X");
        cardiology.Taxonomies[0].MedicareSpecialtyCode.ShouldBe("06");
    }

    [Fact]
    public void ProviderTypes_SeveralCrosswalkRowsForOneType_GivesEachNuccCode()
    {
        var assistant = _queries.ProviderTypes("83036").Single(t => t.ProviderType == "Physician Assistant");

        assistant.Taxonomies.Select(t => (t.Code, t.Crosswalk.Row)).ShouldBe([("363A00000X", 14L), ("363AM0700X", 15L)]);
    }

    [Fact]
    public void ProviderTypes_CrosswalkCodeMissingFromNucc_IsLeftOut()
    {
        using var warehouse = new EvidenceWarehouse<TStore>();
        warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider);
        warehouse.LoadFile(EvidenceWarehouse<TStore>.Format("nucc"), SharedData.Path("nucc", "nucc_taxonomy_251.csv"));
        using var crosswalk = new TempCsv("crosswalk_2024.csv",
            "MEDICARE SPECIALTY CODE,MEDICARE PROVIDER/SUPPLIER TYPE DESCRIPTION,PROVIDER TAXONOMY CODE," +
            "\"PROVIDER TAXONOMY DESCRIPTION:  TYPE, CLASSIFICATION, SPECIALIZATION\"",
            "97,Physician Assistant,363AX0000X,Code absent from NUCC 25.1",
            ",,363A00000X,Physician Assistants & Advanced Practice Nursing Providers/Physician Assistant");
        warehouse.LoadFile(new SpecialtyTaxonomyFormat(), crosswalk.Path);

        var assistant = warehouse.Warehouse.Evidence.ProviderTypes("83036").Single(t => t.ProviderType == "Physician Assistant");

        assistant.Taxonomies.ShouldHaveSingleItem().Code.ShouldBe("363A00000X");
    }

    [Fact]
    public void ProviderTypes_WithoutCrosswalk_KeepsTypesWithNoTaxonomies()
    {
        using var warehouse = new EvidenceWarehouse<TStore>();
        warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider);

        var types = warehouse.Warehouse.Evidence.ProviderTypes("82306");

        types.Select(t => (t.ProviderType, t.Services, t.Share)).ShouldBe(
            [("Clinical Laboratory", 3512m, 0.9675m), ("Endocrinology", 70m, 0.0193m), ("Family Practice", 48m, 0.0132m)]);
        types.ShouldAllBe(t => t.Taxonomies.Count == 0);
    }

    [Fact]
    public void ProviderTypes_CodeNotInAnyProviderFile_IsEmpty() => _queries.ProviderTypes("80053").ShouldBeEmpty();

    [Fact]
    public void Diagnoses_CodeInTwoArticles_JoinsArticleHcpcAndCoveredRows()
    {
        var findings = _queries.Diagnoses("83036");

        findings.Diagnoses.Select(d => d.Display).ShouldBe(
            ["E11.22", "E11.65", "E11.8", "E11.9", "R73.01", "R73.03", "R73.09", "Z13.1", "Z79.84"]);
        var e119 = findings.Diagnoses.Single(d => d.Code == "E119");
        e119.Bases.Select(b => (b.ArticleId, b.ArticleVersion, b.Source.Row, b.Link!.Value.Row))
            .ShouldBe([("A99901", "12", 5L, 2L), ("A99903", "3", 15L, 7L)]);
        (e119.Description, e119.Billable).ShouldBe(("Type 2 diabetes mellitus without complications", (bool?)true));
        e119.CodeSet.ShouldBe(new SourceRef("icd10cm", "icd10cm-codes-2026.txt", "FY2026", 3511));
        e119.Bases[0].Source.Dataset.ShouldBe("lcd-article-icd10");
        e119.Bases[0].Link!.Value.Dataset.ShouldBe("lcd-article-hcpc");
    }

    [Fact]
    public void Diagnoses_CodeNotInIcd10Set_IsFlaggedNotListed()
    {
        var findings = _queries.Diagnoses("83036");

        var category = findings.NotInCodeSet.ShouldHaveSingleItem();
        (category.Display, category.Description, category.Billable, category.CodeSet).ShouldBe(("R73.0", null, null, null));
        category.Bases.ShouldHaveSingleItem().ArticleId.ShouldBe("A99903");
    }

    [Fact]
    public void Diagnoses_UserCrosswalk_IsCheckedAgainstTheCodeSet()
    {
        var findings = _queries.Diagnoses("99213");

        findings.Diagnoses.Select(d => d.Code).ShouldBe(["E119", "E7800", "I10"]);
        findings.Diagnoses.ShouldAllBe(d => d.Bases.Single().Kind == "user-crosswalk");
        findings.Diagnoses.Single(d => d.Code == "I10").Bases[0].Note.ShouldBe("Hypertension follow-up visits");
        findings.NotInCodeSet.ShouldHaveSingleItem().Code.ShouldBe("E11");
    }

    [Fact]
    public void Diagnoses_ArticleAndCrosswalkBoth_KeepBothBases()
    {
        var vitaminD = _queries.Diagnoses("82306").Diagnoses.Single(d => d.Code == "E559");

        vitaminD.Bases.Select(b => b.Kind).ShouldBe(["lcd-article", "user-crosswalk"]);
    }

    [Fact]
    public void Diagnoses_IcdOrderFile_GivesNonBillableCategoryItsFlag()
    {
        using var warehouse = new EvidenceWarehouse<TStore>();
        warehouse.Load(new DiagnosisCrosswalkFormat(), EvidenceFixtures.DiagnosisCrosswalk);
        warehouse.LoadFile(EvidenceWarehouse<TStore>.Format("icd10cm"),
            EvidenceWarehouse<TStore>.RepoFile("tests", "CodeBrief.Ingest.Tests", "Fixtures", "icd10cm-order-2026.txt"));

        var findings = warehouse.Warehouse.Evidence.Diagnoses("99213");

        findings.Diagnoses.Select(d => (d.Code, d.Billable)).ShouldBe([("E11", (bool?)false), ("E119", true), ("I10", true)]);
        findings.NotInCodeSet.ShouldHaveSingleItem().Code.ShouldBe("E7800");
    }

    [Fact]
    public void Diagnoses_CodeWithoutEvidence_IsEmpty() => _queries.Diagnoses("80053").IsEmpty.ShouldBeTrue();

    [Fact]
    public void NationalUtilization_Code_GivesFacilityAndOfficeRowsForTheDataYear()
    {
        var rows = _queries.NationalUtilization("83036");

        rows.Select(r => (r.Year, r.PlaceOfService, r.Services, r.Beneficiaries, r.AverageAllowed, r.Providers)).ShouldBe(
        [
            ("2022", "F", 20117m, (decimal?)18235m, 9.71m, (decimal?)461m),
            ("2022", "O", 10318275m, (decimal?)6240418m, 9.71m, (decimal?)9852m),
        ]);
        rows[1].Source.ShouldBe(new SourceRef("medicare-utilization", EvidenceFixtures.Geo, "2022", 7));
    }

    [Fact]
    public void NationalUtilization_SeveralYears_NewestFirstAndSupersededIgnored()
    {
        using var warehouse = new EvidenceWarehouse<TStore>();
        // The writer keeps one version current; the rows of an older data year still current beside it are arranged directly.
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo);
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo, version: "2021");
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo, status: "superseded", version: "2020");

        var rows = warehouse.Warehouse.Evidence.NationalUtilization("99213");

        rows.Select(r => (r.Year, r.PlaceOfService)).ShouldBe([("2022", "F"), ("2022", "O"), ("2021", "F"), ("2021", "O")]);
    }

    [Fact]
    public void ProviderTypes_SupersededProviderFile_IsIgnored()
    {
        using var warehouse = new EvidenceWarehouse<TStore>();
        warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider, status: "superseded");

        warehouse.Warehouse.Evidence.ProviderTypes("83036").ShouldBeEmpty();
    }
}
