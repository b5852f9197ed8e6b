using CodeBrief.Core;

namespace CodeBrief.Dossier.Tests;

/// <summary>A place's amounts over the real RVU25D files: capped by the OPPS cap, and the anesthesia factor of the locality.</summary>
public sealed class CappedLocationTests(RvuWarehouse db) : IClassFixture<RvuWarehouse>
{
    [Fact]
    public void Build_74261AtZip94105_SanFranciscoTechnicalComponentIsTheCappedAmount()
    {
        var place = new DossierBuilder(db.Warehouse).Build("74261", LocationQuery.Parse("94105", null)).Location!;

        (place.Locality!.Mac, place.Locality.Locality).ShouldBe(("01112", "05"));
        var tc = place.Pfs.Single(p => p.Modifier == "TC").Amount.NonFacility;
        tc.Amount.ShouldBe(new Money(150.69m)); // the cap row; the GPCI-adjusted PFS amount is higher
        tc.OppsCap!.PfsAmount.ShouldBe(new Money(416.74m));
    }

    [Fact]
    public void Build_00120AtAlaskaLocality_ThatLocalitysAnesthesiaFactor()
    {
        var place = new DossierBuilder(db.Warehouse).Build("00120", LocationQuery.Parse(null, "02102-01")).Location!;

        place.Anesthesia.ShouldNotBeNull().ConversionFactor.ShouldBe(new Money(27.86m));
        place.Anesthesia.Row.Source.File.ShouldBe("ANES2025.csv");
    }

    [Fact]
    public void Build_NonAnesthesiaCodeAtALocality_NoAnesthesiaFactor()
    {
        new DossierBuilder(db.Warehouse).Build("74261", LocationQuery.Parse(null, "02102-01")).Location!.Anesthesia.ShouldBeNull();
    }
}
