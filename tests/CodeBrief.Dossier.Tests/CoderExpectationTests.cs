using CodeBrief.Dossier.Facts;
using CodeBrief.Dossier.Rules;

namespace CodeBrief.Dossier.Tests;

/// <summary>
/// What a certified coder expects of the modifiers and related codes of real codes, checked against the mirror's real files:
/// each expectation names the file row that makes it so.
/// </summary>
public sealed class CoderExpectationTests(MirrorHome home) : IClassFixture<MirrorHome>
{
    private CodeDossier Build(string code) => home.Builder.Build(code);

    private static List<string> Codes(CodeDossier d) => d.Modifiers.Select(m => m.Code).ToList();

    [Fact]
    public void EvaluationAndManagement_99214_Has25And57ByTheManual()
    {
        var d = Build("99214");
        Codes(d).ShouldContain("25");
        Codes(d).ShouldContain("57");
        var m25 = d.Modifiers.Single(m => m.Code == "25");
        (m25.Basis, m25.Citation).ShouldBe((RuleBasis.CmsManual, "Medicare Claims Processing Manual (Pub. 100-04), chapter 12, section 30.6.6.B"));
        m25.Description.ShouldBe(ModifierRules.CptDescriptorNotBundled);
        Codes(d).ShouldNotContain("50"); // PFS row 99214: BILAT SURG 0
        Codes(d).ShouldNotContain("51"); // MULT PROC 0
    }

    [Fact]
    public void GlobalSurgery_27447_BilateralAssistantAndPostoperativeModifiersByIndicator()
    {
        var d = Build("27447");
        var row = d.Pfs[0].Row;
        (row.GlobalDays, row.BilateralSurgery, row.AssistantSurgery, row.MultipleProcedure).ShouldBe(("090", "1", "2", "2"));
        foreach (var m in new[] { "58", "78", "79", "54", "55", "56", "50", "LT", "RT", "80", "AS", "51" }) Codes(d).ShouldContain(m);
        var lt = d.Modifiers.Single(m => m.Code == "LT");
        lt.Source.ShouldBe(row.Source);           // the rule fired on the PFS row's bilateral indicator
        lt.DescriptionSource!.Value.Row.ShouldBe(212); // the HCPCS modifier file's LT row
        d.Modifiers.Single(m => m.Code == "AS").DescriptionSource!.Value.Row.ShouldBe(26);
        d.Modifiers.Single(m => m.Code == "50").Rule.ShouldStartWith("BILAT SURG 1 (");
    }

    [Fact]
    public void ComponentFamily_93000_RelatesItsTechnicalAndProfessionalCodes()
    {
        var d = Build("93000");
        var components = d.RelatedCodes.Where(r => r.Kind == RelatedKinds.Component).ToList();
        components.Select(r => r.Code).ShouldBe(["93005", "93010"]);
        components.ShouldAllBe(r => r.Strength == "strong" && r.Source.Dataset == "pfs-rvu");
        Build("93010").RelatedCodes.Where(r => r.Kind == RelatedKinds.Component).Select(r => r.Code).ShouldBe(["93000", "93005"]);
    }

    [Fact]
    public void Twin_0689T_Has0690TAsTwinAnd26AndTcButNo62()
    {
        var d = Build("0689T");
        var twin = d.RelatedCodes.Single(r => r.Code == "0690T");
        (twin.Kind, twin.Strength).ShouldBe((RelatedKinds.Twin, "strong"));
        twin.Status.ShouldBe("C"); // carrier priced: the status is named, not hidden
        Codes(d).ShouldContain("26");
        Codes(d).ShouldContain("TC");
        Codes(d).ShouldNotContain("62"); // CO SURG 0
        d.RelatedCodes.ShouldAllBe(r => r.Kind != "" && r.Strength != "");
    }

    [Fact]
    public void Drug_J1100_JwAndJzFromTheModifierFile()
    {
        var d = Build("J1100");
        Codes(d).ShouldBe(["JW", "JZ"]);
        d.Modifiers.ShouldAllBe(m => m.Basis == RuleBasis.HcpcsModifierFile && m.DescriptionSource != null);
        d.Modifiers[0].DescriptionSource!.Value.Row.ShouldBe(172);
    }

    [Fact]
    public void Dme_E0601_RentalAsItsDmeposRowPricesIt_CappedRentalMonths()
    {
        var d = Build("E0601");
        foreach (var m in new[] { "RR", "KH", "KI", "KJ" }) Codes(d).ShouldContain(m);
        var rr = d.Modifiers.Single(m => m.Code == "RR");
        rr.DescriptionSource!.Value.Row.ShouldBe(285);
        rr.Basis.ShouldBe(RuleBasis.DmeposModifier);
        var rrRow = d.Dmepos!.RowsWith("RR").First();
        rr.Source.ShouldBe(rrRow.Source); // the DMEPOS line pricing E0601-RR
        rrRow.Category.ShouldBe("CR");    // capped rental: hence KH, KI, KJ
        d.Modifiers.Single(m => m.Code == "KH").Source.Dataset.ShouldBe("dmepos");
        // The fee schedule prices E0601 for rental only: no purchase modifiers.
        Codes(d).ShouldNotContain("NU");
        Codes(d).ShouldNotContain("UE");
    }

    [Fact]
    public void Anesthesia_00120_PricingAndPhysicalStatusModifiers()
    {
        var d = Build("00120");
        foreach (var m in new[] { "AA", "QK", "QZ", "QX", "QY", "AD", "P1", "P2", "P3", "P4", "P5", "P6" }) Codes(d).ShouldContain(m);
        d.Modifiers.Single(m => m.Code == "AA").DescriptionSource!.Value.Row.ShouldBe(11);
        Codes(d).ShouldNotContain("51");
    }

    [Fact]
    public void Laboratory_80061_90And91_QwBecauseTheClfsListsIt()
    {
        var d = Build("80061");
        Codes(d).ShouldBe(["90", "91", "QW"]);
        var qw = d.Modifiers.Single(m => m.Code == "QW");
        (qw.Basis, qw.Source.Dataset, qw.Source.Row).ShouldBe((RuleBasis.Clfs, "clfs", 530L));
        Codes(Build("82331")).ShouldNotContain("QW"); // the CLFS has no 82331-QW row
    }

    [Theory]
    [InlineData("83789")]
    [InlineData("83950")]
    [InlineData("82331")]
    public void SeedLabCodes_90And91FromTheClfs_NoNumericNeighbours(string code)
    {
        var d = Build(code);
        Codes(d).ShouldContain("90");
        Codes(d).ShouldContain("91");
        d.RelatedCodes.ShouldNotContain(r => r.Relationship.Contains("eighbour", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed86320_26AndLabModifiers_Immunofixation86334InItsClfsTestFamily()
    {
        var d = Build("86320");
        Codes(d).ShouldBe(["26", "90", "91"]);
        d.RelatedCodes.Single(r => r.Code == "86334").Kind.ShouldBe(RelatedKinds.ClfsFamily);
    }

    [Fact]
    public void AddOn_34715_PrimaryMissingFromThePfsIsListedWithANote()
    {
        var d = Build("34715");
        var missing = d.RelatedCodes.Single(r => r.Code == "33882");
        missing.Kind.ShouldBe(RelatedKinds.AddOn);
        missing.Note!.ShouldContain("Not in the loaded code sets");
        missing.Note!.ShouldContain("2026-01-01");
    }

    [Fact]
    public void UnpaidRelatedCodes_99418Primaries_StatusOfEachNamed()
    {
        var d = Build("99223"); // a primary of add-on 99418, which the PFS gives status I
        var addOn = d.RelatedCodes.Single(r => r.Code == "99418");
        (addOn.Status, addOn.StatusSource!.Value.Dataset).ShouldBe(("I", "pfs-rvu"));
        addOn.StatusMeaning!.ShouldNotBeNullOrWhiteSpace();
        d.RelatedCodes.Where(r => r.Status is not null).ShouldAllBe(r => !Analytics.Medicare.PfsPaymentCalculator.PayableStatuses.Contains(r.Status!));
    }

    [Theory]
    [InlineData("99215", "99417", "I")] // prolonged service add-on: Medicare pays G2212 instead
    [InlineData("22612", "22841", "B")] // spinal instrumentation add-on: bundled
    public void UnpaidRelatedCodes_AddOnsNamedInTheIssue_ShowTheirStatus(string primary, string addOnCode, string status)
    {
        var addOn = Build(primary).RelatedCodes.Single(r => r.Code == addOnCode);

        (addOn.Status, addOn.StatusSource!.Value.Dataset).ShouldBe((status, "pfs-rvu"));
        addOn.StatusMeaning!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Specialties_99469NeonatalCriticalCare_PediatricsNotFamilyOrEmergencyMedicine()
    {
        var d = Build("99469");
        d.Taxonomies.Select(t => t.Code).ShouldNotContain("207Q00000X");
        d.Taxonomies.Select(t => t.Code).ShouldNotContain("207R00000X");
        d.Taxonomies.Select(t => t.Code).ShouldNotContain("207P00000X");
        d.Taxonomies.Select(t => t.Code).ShouldBe(["2080N0001X"]); // the crosswalk fixture has no specialty 37 row: editorial
        d.Taxonomies.ShouldAllBe(t => t.Basis == TaxonomyFact.EditorialBasis);
    }

    [Fact]
    public void Specialties_44015Surgery_GeneralSurgeryNotGastroenterology()
    {
        var d = Build("44015");
        d.Taxonomies.Select(t => t.Code).ShouldNotContain("207RG0100X");
        d.Taxonomies.Select(t => t.Code).ShouldBe(["208600000X"]);
    }

    [Fact]
    public void Specialties_OfficeVisit_FamilyAndInternalMedicineThroughTheCrosswalk()
    {
        var d = Build("99214");
        d.Taxonomies.Select(t => t.Code).ShouldBe(["207Q00000X", "207QA0000X", "207R00000X", "207RA0000X"]);
        d.Taxonomies.ShouldAllBe(t => t.Basis == TaxonomyFact.CrosswalkBasis);
    }

    [Fact]
    public void NoRuleMatches_ClassesTriedAreAll()
    {
        var d = Build("93000"); // PC/TC 4, MULT PROC 6, no global period: no rule of the table matches
        d.Modifiers.ShouldBeEmpty();
        d.ModifierClassesTried.ShouldBe(CodeClass.All);
    }
}
