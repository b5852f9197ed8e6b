using CodeBrief.Core;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Places;
using CodeBrief.Core.Provenance;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

/// <summary>Pricing a code in one place: a ZIP through the ZIP file, or a carrier locality, over the fixture warehouse.</summary>
public sealed class LocationTests : IDisposable
{
    private readonly FixtureWarehouse _db = FixtureWarehouse.Open();

    public LocationTests()
    {
        // Lines 4035 (94105, San Francisco) and 2571 (90265, flagged as needing its ZIP+4) of ZIP5_OCT2025.txt.
        _db.Exec("""
            INSERT INTO sources (id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic)
            VALUES (30, 'zip-locality', 'CMS', 'ZIP5_OCT2025.txt', '2025Q4', '91274c9bd849e25bec4d5f6bcae0c7172140a8086323b0029ab8bd88035f6a60', 2, 0, '2026-11-01T00:00:00Z', 'current', 0);
            INSERT INTO zip_locality (zip, state, mac, locality, rural_ind, lab_cb_locality, plus4_flag, year_quarter, source_id, row) VALUES
              ('94105', 'CA', '01112', '05', NULL, 'Z9', '0', '20254', 30, 4035),
              ('90265', 'CA', '01182', '18', NULL, 'Z9', '1', '20254', 30, 2571);
            """);
    }

    public void Dispose() => _db.Dispose();

    private CodeDossier Build(string code, string? zip = null, string? locality = null) =>
        new DossierBuilder(_db.Warehouse).Build(code, LocationQuery.Parse(zip, locality));

    [Fact]
    public void Build_86320AtZip94105_SanFranciscoLocalityAndItsAmountForModifier26()
    {
        var place = Build("86320", zip: "94105").Location.ShouldNotBeNull();

        place.Asked.ShouldBe("ZIP 94105");
        place.ZipSource.ShouldBe(new SourceRef("zip-locality", "ZIP5_OCT2025.txt", "2025Q4", 4035));
        (place.Locality!.Mac, place.Locality.Locality, place.State).ShouldBe(("01112", "05", "CA"));
        place.Locality.Source.Row.ShouldBe(24);
        var pc = place.Pfs.Single(p => p.Modifier == "26");
        // (0.37 x 1.088 + 0.15 x 1.419 + 0.01 x 0.445) x 32.3465 = 20.0503...
        pc.Amount.NonFacility.Amount.ShouldBe(new Money(20.05m));
        pc.Source.Row.ShouldBe(10458);
        place.Pfs.Single(p => p.Modifier == "").Amount.NonFacility.Amount.ShouldBeNull(); // status X: not paid under the PFS
    }

    [Fact]
    public void Build_SameLocalityGivenDirectly_SameAmountsAsThroughTheZip()
    {
        var byZip = Build("86320", zip: "94105").Location!;
        var byLocality = Build("86320", locality: "01112-05").Location!;

        byLocality.Asked.ShouldBe("locality 01112-05");
        byLocality.ZipSource.ShouldBeNull();
        byLocality.Pfs.Select(p => p.Amount).ShouldBe(byZip.Pfs.Select(p => p.Amount));
    }

    [Fact]
    public void Build_LocalityAmount_IsTheOneInsideTheNationalRange()
    {
        var d = Build("86320", locality: "01112-05");

        var inRange = d.Pfs.Single(p => p.Modifier == "26").Pricing.Localities.Single(l => l.Locality.Mac == "01112" && l.Locality.Locality == "05");
        d.Location!.Pfs.Single(p => p.Modifier == "26").Amount.ShouldBe(inRange);
    }

    [Fact]
    public void Build_ZipNeedingItsPlus4_ListsTheStatesLocalitiesAndPricesNone()
    {
        var place = Build("86320", zip: "90265").Location.ShouldNotBeNull();

        place.Locality.ShouldBeNull();
        place.Pfs.ShouldBeEmpty();
        place.Candidates.ShouldNotBeEmpty();
        place.Candidates.ShouldAllBe(c => c.State == "CA");
        place.Candidates.ShouldContain(c => c.Mac == "01112" && c.Locality == "05");
    }

    [Fact]
    public void Build_ZipNotInTheLoadedFile_IsUsageErrorNamingIt()
    {
        Should.Throw<UsageException>(() => Build("86320", zip: "00001")).Message.ShouldContain("ZIP 00001 is not in the loaded ZIP-to-carrier-locality file");
    }

    [Fact]
    public void Build_UnknownLocality_IsUsageErrorListingTheCarriersLocalities()
    {
        var error = Should.Throw<UsageException>(() => Build("86320", locality: "01112-99"));

        error.Message.ShouldContain("Locality 01112-99 is not in the loaded GPCI file");
        error.Message.ShouldContain("01112-05 (SAN FRANCISCO");
    }

    [Theory]
    [InlineData("9410", null, "is not a ZIP code")]
    [InlineData("94105-1234", null, "is not a ZIP code")]
    [InlineData(null, "1112-05", "is not a carrier locality")]
    [InlineData("94105", "01112-05", "not both")]
    public void Parse_MalformedOrBoth_IsUsageError(string? zip, string? locality, string message)
    {
        Should.Throw<UsageException>(() => LocationQuery.Parse(zip, locality)).Message.ShouldContain(message);
    }

    [Fact]
    public void Parse_Neither_IsNationalAndWellFormedOnesParse()
    {
        LocationQuery.Parse(null, " ").ShouldBeNull();
        LocationQuery.Parse(" 01223 ", null)!.Zip.ShouldBe(ZipCode.TryParse("01223", out var z) ? z : default);
        LocationQuery.Parse(null, "01112-05")!.Locality!.Value.Carrier.ShouldBe("01112");
    }
}
