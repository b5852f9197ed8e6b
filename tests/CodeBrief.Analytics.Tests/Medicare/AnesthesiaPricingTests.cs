using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.PfsAnesthesia;
using CodeBrief.Testing;

namespace CodeBrief.Analytics.Tests.Medicare;

public sealed class AnesthesiaPricingTests
{
    private static List<PfsAnesthesiaRow> RealRows() =>
        [.. new PfsAnesthesiaFormat().Read(SharedData.Path("medicare_pfs", "ANES2025.csv"), CancellationToken.None).Select(r => r.Value!)];

    private static PfsAnesthesiaRow Row(string mac, string locality, string name, decimal? cf, long row) =>
        new(mac, locality, name, cf, 20.3178m, new SourceRef("pfs-anes", "ANES2025.csv", "2025", row));

    [Fact]
    public void Factors_RealFile_NationalAndTheNebraskaToAlaskaRange()
    {
        var f = AnesthesiaPricing.Factors(RealRows()).ShouldNotBeNull();

        f.National.ShouldBe(20.3178m);
        f.NationalSource.Row.ShouldBe(1);
        (f.Min.ConversionFactor, f.Min.Row.LocalityName, f.Min.Row.Source.Row).ShouldBe((new Money(19.12m), "NEBRASKA", 70L));
        (f.Max.ConversionFactor, f.Max.Row.LocalityName, f.Max.Row.Source.Row).ShouldBe((new Money(27.86m), "ALASKA*", 3L));
        f.Localities.ShouldBe(109);
    }

    [Fact]
    public void Locality_ByCarrierAndLocality_ZeroPaddingOptional()
    {
        var rows = RealRows();

        AnesthesiaPricing.Locality(rows, "2102", "1").ShouldNotBeNull().ConversionFactor.ShouldBe(new Money(27.86m));
        AnesthesiaPricing.Locality(rows, "05402", "00").ShouldNotBeNull().Row.LocalityName.ShouldBe("NEBRASKA");
        AnesthesiaPricing.Locality(rows, "99999", "01").ShouldBeNull();
    }

    [Fact]
    public void Factors_TieAndBlank_FirstInFileOrderAndBlankSkipped()
    {
        var f = AnesthesiaPricing.Factors([Row("1", "01", "A", 20m, 2), Row("2", "01", "B", null, 3), Row("3", "01", "C", 20m, 4), Row("4", "01", "D", 21m, 5)])
            .ShouldNotBeNull();

        (f.Min.Row.LocalityName, f.Max.Row.LocalityName, f.Localities).ShouldBe(("A", "D", 3));
        AnesthesiaPricing.Factors([Row("1", "01", "A", null, 2)]).ShouldBeNull();
    }

    [Fact]
    public void Amount_BasePlusTimePlusModifyingUnitsTimesFactor_RoundedAtTheEnd()
    {
        // 00120 at 5 base units, 60 minutes (4 time units), no modifying units, in Alaska: 9 x 27.86 = 250.74.
        AnesthesiaPricing.Amount(5m, AnesthesiaPricing.TimeUnits(60m), 0m, 27.86m).ShouldBe(new Money(250.74m));
        // National factor: (5 + 2.6 + 1) x 20.3178 = 174.73308, rounded to 174.73.
        AnesthesiaPricing.Amount(5m, AnesthesiaPricing.TimeUnits(39m), 1m, 20.3178m).ShouldBe(new Money(174.73m));
        Should.Throw<ArgumentOutOfRangeException>(() => AnesthesiaPricing.Amount(-1m, 0m, 0m, 20m));
    }
}
