using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

public sealed class DossierBuilderTests : IDisposable
{
    private readonly FixtureWarehouse _db = FixtureWarehouse.Open();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Build_83789_ClfsNationalLimitFromRow1228()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("83789");
        d.ClfsPrimary!.NationalLimit.ShouldBe(new Money(24.11m));
        d.ClfsPrimary!.Source.ShouldBe(new SourceRef("clfs", "CLFS 2025 Q2V1.csv", "2025Q2V1", 1228));
    }

    [Fact]
    public void Build_86320_BothPfsRowsWithIndicatorsAndAmounts()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Pfs.Select(p => p.Modifier).ShouldBe(["", "26"]);
        d.Pfs[0].Row.Status.ShouldBe("X");
        d.Pfs[0].Pricing.NonFacilityNational.Amount.ShouldBeNull();
        d.Pfs[1].PctcMeaning.ShouldContain("laboratory physician interpretation");
        d.Pfs[1].Pricing.NonFacilityNational.Amount.ShouldBe(new Money(17.14m));
        d.Pfs[1].Pricing.Localities.Count.ShouldBe(109);
        d.Pfs[1].Row.Source.Row.ShouldBe(10458);
    }

    [Fact]
    public void Build_86320_Modifier26FromPctcAndLabModifiersFromClfs()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Modifiers.Select(m => m.Code).ShouldBe(["26", "90", "91"]);
        d.Modifiers[0].Description.ShouldBe(ModifierRules.CptDescriptorNotBundled);
        d.Modifiers[0].Rule.ShouldContain("PC/TC indicator 6");
    }

    [Fact]
    public void Build_82331_NoQwRowSoNoQw_82310HasQw()
    {
        var b = new DossierBuilder(_db.Warehouse);
        b.Build("82331").Modifiers.ShouldNotContain(m => m.Code == "QW");
        var qw = b.Build("82310").Modifiers.Single(m => m.Code == "QW");
        qw.Description.ShouldBe("Clia waived test");
        qw.DescriptionSource!.Value.Row.ShouldBe(275);
    }

    [Fact]
    public void Build_70450_26AndTcWithOfficialTcText()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("70450");
        d.Modifiers.Select(m => m.Code).ShouldBe(["26", "TC"]);
        d.Modifiers[1].Description.ShouldStartWith("Technical component;");
    }

    [Fact]
    public void Build_45378_MultipleProcedureAndAssistantRules()
    {
        // Line 5357: mult proc 2, bilateral 0, assistant 1 (statutory restriction), co 0, team 0.
        var codes = new DossierBuilder(_db.Warehouse).Build("45378").Modifiers.Select(m => m.Code).ToList();
        codes.ShouldContain("51");
        codes.ShouldNotContain("80");
        codes.ShouldNotContain("50");
    }

    [Fact]
    public void Build_PtpPairWithIndicator1_Adds59AndXModifiers()
    {
        _db.AddPtp("86320", "86325", "1");
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Modifiers.Select(m => m.Code).ShouldContain("59");
        d.Modifiers.Single(m => m.Code == "XU").DescriptionSource!.Value.Row.ShouldBe(381);
        d.RelatedCodes.ShouldContain(r => r.Code == "86325" && r.Relationship.Contains("PTP", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_G2211_ActiveAddOnPrimariesOnly()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("G2211");
        d.AddOns.Count.ShouldBe(5);
        d.AddOns.ShouldContain(a => a.PrimaryCode == "99203"); // kept as a fact, but 99203 is in no loaded code set of the fixture
        d.RelatedCodes.Where(r => r.Relationship.StartsWith("Primary", StringComparison.Ordinal)).Select(r => r.Code).ShouldBe(["99202", "99203", "99213"]);
        // An active edit's primary missing from the loaded code sets is listed with that note, never dropped.
        d.RelatedCodes.Single(r => r.Code == "99203").Note!.ShouldStartWith("Not in the loaded code sets");
        d.RelatedCodes.Single(r => r.Code == "99202").Note.ShouldBeNull();
        d.Descriptors[0].Label.ShouldBe("HCPCS Level II long descriptor");
        d.Classification.Family.ShouldBe("Procedures and professional services (temporary)");
    }

    [Fact]
    public void Build_86320_TaxonomiesCheckedAgainstNucc()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Classification.Subfamily.ShouldBe("Immunology");
        // No specialty crosswalk in the fixture: each Medicare specialty of the family table (69, 22) names its own taxonomy, as editorial.
        d.Taxonomies.Select(t => t.Code).ShouldBe(["291U00000X", "207ZP0105X"]);
        d.Taxonomies.ShouldAllBe(t => t.Basis == Facts.TaxonomyFact.EditorialBasis);
    }

    [Fact]
    public void Build_86320_DiagnosesFromCrosswalkCheckedAgainstIcd()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Diagnoses.Select(x => x.Code).ShouldBe(["D47.2", "E88.09"]); // Z9999X is not in ICD-10-CM
        d.Diagnoses[0].Description.ShouldBe("Monoclonal gammopathy");
        d.Diagnoses[0].Source.Row.ShouldBe(2754);
    }

    [Fact]
    public void Build_83789_NoCrosswalkRows_NoDiagnoses() => new DossierBuilder(_db.Warehouse).Build("83789").Diagnoses.ShouldBeEmpty();

    [Fact]
    public void Build_86320_RelatedByClfsTestFamilyNotByNumber()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.RelatedCodes.ShouldNotContain(r => r.Relationship.Contains("eighbour", StringComparison.Ordinal));
        d.RelatedCodes.ShouldNotContain(r => r.Code == "86317"); // the next number, an unrelated immunoassay
        var immunofixation = d.RelatedCodes.Single(r => r.Code == "86334");
        // "Immunologic analysis technique on serum" shared with "... on serum (immunofixation)": 5 leading words of 6.
        (immunofixation.Kind, immunofixation.Strength, immunofixation.Score, immunofixation.Threshold)
            .ShouldBe((Facts.RelatedKinds.ClfsFamily, "moderate", (decimal?)0.83m, (decimal?)0.6m));
        immunofixation.Source.Row.ShouldBe(1567);
        immunofixation.Status.ShouldBe("X"); // paid under the CLFS, not the PFS
    }

    [Fact]
    public void Build_UnknownCode_UsageExceptionNamingCloseMatches()
    {
        var ex = Should.Throw<UsageException>(() => new DossierBuilder(_db.Warehouse).Build("86321"));
        ex.Message.ShouldContain("86320");
    }

    [Fact]
    public void Build_Sources_ListEveryFileUsed()
    {
        var d = new DossierBuilder(_db.Warehouse).Build("86320");
        d.Sources.Select(s => s.File).ShouldContain("PPRRVU2025_Oct.csv");
        d.Sources.Select(s => s.File).ShouldContain("GPCI2025.csv");
        d.Sources.Select(s => s.File).ShouldContain("RVU25D.pdf");
        d.Sources.Select(s => s.File).ShouldContain("CLFS 2025 Q2V1.csv");
    }

    [Fact]
    public void Serialize_Dossier_SnakeCaseAndMoneyAsNumber()
    {
        var json = CodeBriefJson.Serialize(new DossierBuilder(_db.Warehouse).Build("83789"));
        json.ShouldContain("\"national_limit\": 24.11");
        json.ShouldContain("\"primary_descriptor\"");
    }
}
