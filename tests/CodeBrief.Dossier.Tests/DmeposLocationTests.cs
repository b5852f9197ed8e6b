using CodeBrief.Core;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

/// <summary>The DMEPOS fee of a place: the ZIP's state, rural when CMS's DMEPOS rural ZIP file lists it as rural.</summary>
public sealed class DmeposLocationTests(DmeposDossierTests.Home home) : IClassFixture<DmeposDossierTests.Home>
{
    private CodeDossier Build(string code, string? zip = null, string? locality = null) =>
        new DossierBuilder(home.Db.Warehouse).Build(code, LocationQuery.Parse(zip, locality));

    [Fact]
    public void Build_E0601AtUrbanZip94105_CaliforniaNonRuralFeeOfJanuary2026()
    {
        var place = Build("E0601", zip: "94105").Location!;

        place.DmeposRural.ShouldBe(false);
        var fee = place.Dmepos.ShouldHaveSingleItem();
        (fee.Modifiers, fee.Fee.State, fee.Fee.Rural, fee.Fee.Fee).ShouldBe(("RR", "CA", false, new Money(50.44m)));
        (fee.Fee.Source.File, fee.Fee.Source.Row).ShouldBe(("DMEPOS26_JAN.csv", 750L));
    }

    [Fact]
    public void Build_E0601AtRuralZip90704_CaliforniaRuralFeeCitingTheRuralZipRow()
    {
        var place = Build("E0601", zip: "90704").Location!;

        place.DmeposRural.ShouldBe(true);
        place.DmeposRuralSource!.Value.File.ShouldBe("DME Rural ZIP Code Quarter 1 2026.csv");
        place.Dmepos.ShouldHaveSingleItem().Fee.Fee.ShouldBe(new Money(93.04m));
    }

    [Fact]
    public void Build_E0601AtALocality_BothFeesOfItsState()
    {
        var place = Build("E0601", locality: "01112-05").Location!;

        place.DmeposRural.ShouldBeNull();
        place.Dmepos.Select(f => (f.Fee.Rural, f.Fee.Fee)).ShouldBe([(false, new Money(50.44m)), (true, new Money(93.04m))]);
    }

    [Fact]
    public void Load_OlderQuarterAfterNewer_NewerStaysCurrentAndOlderIsThePreviousVersion()
    {
        var sources = home.Db.Warehouse.Sources.All().Where(s => s.Dataset == "dmepos").ToList();

        sources.Single(s => s.Status == "current").FileName.ShouldBe("DMEPOS26_JAN.csv");
        sources.Single(s => s.Status == "previous").FileName.ShouldBe("DMEPOS25_APR25.csv");
        home.Db.Warehouse.PreviousReference.Dmepos("E0601").Single(r => r.State == "CA").NonRuralFee.ShouldBe(49.12m);
    }
}
