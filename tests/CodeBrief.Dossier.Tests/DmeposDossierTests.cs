using CodeBrief.Core;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

public sealed class DmeposDossierTests(DmeposDossierTests.Home home) : IClassFixture<DmeposDossierTests.Home>
{
    /// <summary>One loaded warehouse for the class.</summary>
    public sealed class Home : IDisposable
    {
        internal DmeposHome Db { get; } = new();

        public void Dispose() => Db.Dispose();
    }

    [Fact]
    public void Build_E0601_DmeposFactWithCappedRentalRowAndItsSource()
    {
        var dossier = new DossierBuilder(home.Db.Warehouse).Build("E0601");

        var fact = dossier.Dmepos.ShouldNotBeNull();
        fact.PaymentModifiers.ShouldBe(["RR"]);
        var rr = fact.RowsWith("RR").ShouldHaveSingleItem();
        (rr.Category, rr.CategoryMeaning).ShouldBe(("CR", "capped rental item"));
        rr.FeeFor("CA", rural: false).Fee.ShouldBe(new Money(50.44m));
        rr.FeeFor("TX", rural: false).Fee.ShouldBe(new Money(50.91m));
        (rr.Source.File, rr.Source.Version, rr.Source.Row).ShouldBe(("DMEPOS26_JAN.csv", "DMEPOS26_JAN", 750L));
        // The current quarter is cited in the sources list; the superseded April 2025 file is not.
        dossier.Sources.ShouldContain(s => s.Dataset == "dmepos" && s.File == "DMEPOS26_JAN.csv" && s.Version == "DMEPOS26_JAN");
        dossier.Sources.ShouldNotContain(s => s.File == "DMEPOS25_APR25.csv");
    }

    [Fact]
    public void Build_CodeWithoutDmeposRow_HasNoDmeposFact()
    {
        var dossier = new DossierBuilder(home.Db.Warehouse).Build("G0008");

        dossier.Dmepos.ShouldBeNull();
        dossier.Sources.ShouldNotContain(s => s.Dataset == "dmepos");
    }

    [Fact]
    public void Build_NoDmeposLoaded_HasNoDmeposFact()
    {
        using var db = FixtureWarehouse.Open();

        new DossierBuilder(db.Warehouse).Build("86320").Dmepos.ShouldBeNull();
    }
}
