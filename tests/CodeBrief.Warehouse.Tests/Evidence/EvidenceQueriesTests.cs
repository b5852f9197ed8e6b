using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.DiagnosisCrosswalk;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.SpecialtyTaxonomy;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Evidence;

namespace CodeBrief.Warehouse.Tests.Evidence;

public sealed class EvidenceQueriesTests : IDisposable
{
    /// <summary>
    /// NUCC codes loaded from the real file. 363AM0700X (Physician Assistant, Medical) is deliberately left out to stand
    /// for a crosswalk code the loaded NUCC file lacks.
    /// </summary>
    private static readonly string[] NuccCodes =
    [
        "207Q00000X", "207QA0000X", "207R00000X", "207RA0000X", "207RC0000X", "207RE0101X", "207RI0011X", "207ZP0102X",
        "207ZP0105X", "291U00000X", "363A00000X", "363L00000X", "363LF0000X", "208D00000X", "282N00000X",
    ];

    private static readonly string[] IcdCodes =
        ["E1122", "E1165", "E118", "E119", "R7301", "R7303", "R7309", "Z7984", "R730", "Z131", "E559", "M810", "N1830", "N1831",
         "N1832", "I10", "E7800", "E11"];

    private readonly EvidenceWarehouse _warehouse = new();
    private readonly EvidenceQueries _queries;

    public EvidenceQueriesTests()
    {
        _warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo).ShouldBe(20);
        _warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider).ShouldBe(18);
        _warehouse.Load(new SpecialtyTaxonomyFormat(), EvidenceFixtures.Crosswalk).ShouldBe(16);
        _warehouse.Load(new LcdArticleHcpcFormat(), EvidenceFixtures.ArticleHcpc).ShouldBe(6);
        _warehouse.Load(new LcdArticleIcd10Format(), EvidenceFixtures.ArticleIcd10).ShouldBe(16);
        _warehouse.Load(new DiagnosisCrosswalkFormat(), EvidenceFixtures.DiagnosisCrosswalk).ShouldBe(5);
        _warehouse.LoadNucc(NuccCodes);
        _warehouse.LoadIcd10(IcdCodes);
        _queries = new EvidenceQueries(_warehouse.Connection);
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
    public void ProviderTypes_CrosswalkCodeMissingFromNucc_IsLeftOut()
    {
        var assistant = _queries.ProviderTypes("83036").Single(t => t.ProviderType == "Physician Assistant");

        assistant.Taxonomies.Select(t => t.Code).ShouldBe(["363A00000X"]);
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
        using var warehouse = new EvidenceWarehouse();
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo, version: "2021");
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo);
        warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo, status: "superseded", version: "2020");

        var rows = new EvidenceQueries(warehouse.Connection).NationalUtilization("99213");

        rows.Select(r => (r.Year, r.PlaceOfService)).ShouldBe([("2022", "F"), ("2022", "O"), ("2021", "F"), ("2021", "O")]);
    }

    [Fact]
    public void ProviderTypes_SupersededProviderFile_IsIgnored()
    {
        using var warehouse = new EvidenceWarehouse();
        warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider, status: "superseded");

        new EvidenceQueries(warehouse.Connection).ProviderTypes("83036").ShouldBeEmpty();
    }

    public void Dispose() => _warehouse.Dispose();
}
