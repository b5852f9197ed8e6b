using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.PfsGpci;
using System.Globalization;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Testing;

namespace CodeBrief.Analytics.Tests.Medicare;

public class PfsPaymentCalculatorTests
{
    private static readonly SourceRef Rvu = new("pfs-rvu", "PPRRVU2025_Oct.csv", "RVU25D", 10458);

    // PPRRVU2025_Oct.csv line 10458: 86320,26,...,A,,0.37,0.15,,0.15,,0.01,0.53,0.53,6,XXX,...,0,0,0,0,0,,32.3465
    private static PfsRvuRow Row86320Pc() => new("86320", "26", "Serum immunoelectrophoresis", "A", 0.37m, 0.15m, false, 0.15m, false, 0.01m,
        0.53m, 0.53m, "6", "XXX", "", "0", "0", "0", "0", "0", 32.3465m, Rvu);

    // Line 12807: 99213,,Office o/p est low 20 min,A,,1.30,1.35,,0.57,,0.10,2.75,1.97,0,XXX,...
    private static PfsRvuRow Row99213() => new("99213", "", "Office o/p est low 20 min", "A", 1.30m, 1.35m, false, 0.57m, false, 0.10m,
        2.75m, 1.97m, "0", "XXX", "", "0", "0", "0", "0", "0", 32.3465m, Rvu with { Row = 12807 });

    private static List<GpciLocality> AllLocalities()
    {
        var list = new List<GpciLocality>();
        var n = 0;
        foreach (var line in File.ReadLines(SharedData.Path("medicare_pfs", "GPCI2025.csv")))
        {
            n++;
            var f = System.Text.RegularExpressions.Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(x => x.Trim().Trim('"')).ToArray();
            if (f.Length < 7 || f[0].Length == 0 || !f[0].All(char.IsAsciiDigit)) continue;
            list.Add(new GpciLocality(f[0], f[1], f[2], f[3], decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], CultureInfo.InvariantCulture), decimal.Parse(f[6], CultureInfo.InvariantCulture),
                new SourceRef("pfs-gpci", "GPCI2025.csv", "RVU25D", n)));
        }
        return list;
    }

    [Fact]
    public void Locality_BlankGpci_IsNotPricedNeverZero()
    {
        var manhattan = AllLocalities().Single(l => l.Name == "MANHATTAN") with { PracticeExpense = null };

        var amount = PfsPaymentCalculator.Locality(Row99213(), manhattan, facility: false);

        amount.Amount.ShouldBeNull();
        amount.NotPricedReason!.ShouldContain("GPCI");
        var pricing = PfsPaymentCalculator.Price(Row99213(), [manhattan, .. AllLocalities().Where(l => l.Name != "MANHATTAN")], []);
        pricing.NonFacilityRange!.Localities.ShouldBe(AllLocalities().Count - 1); // the blank locality is left out of the range, not priced low
    }

    [Fact]
    public void National_99213_MatchesHandComputedAmounts()
    {
        // 2.75 x 32.3465 = 88.952875 -> 88.95; 1.97 x 32.3465 = 63.722605 -> 63.72
        PfsPaymentCalculator.National(Row99213(), facility: false).Amount.ShouldBe(new Money(88.95m));
        PfsPaymentCalculator.National(Row99213(), facility: true).Amount.ShouldBe(new Money(63.72m));
    }

    [Fact]
    public void National_86320Professional_MatchesHandComputedAmount()
    {
        // 0.53 x 32.3465 = 17.143645 -> 17.14 in both settings
        var pricing = PfsPaymentCalculator.Price(Row86320Pc(), [], []);
        pricing.NonFacilityNational.Amount.ShouldBe(new Money(17.14m));
        pricing.FacilityNational.Amount.ShouldBe(new Money(17.14m));
    }

    [Fact]
    public void Price_86320ProfessionalAllLocalities_RangeFromArkansasToAlaska()
    {
        var localities = AllLocalities();
        localities.Count.ShouldBe(109);
        var pricing = PfsPaymentCalculator.Price(Row86320Pc(), localities, []);
        pricing.Localities.Count.ShouldBe(109);
        // ARKANSAS (1, 0.86, 0.518): 0.37 + 0.129 + 0.00518 = 0.50418 x 32.3465 = 16.3085... -> 16.31
        pricing.NonFacilityRange!.Min.ShouldBe(new Money(16.31m));
        pricing.NonFacilityRange.MinLocality.Name.ShouldBe("ARKANSAS");
        // ALASKA (1.5, 1.081, 0.592): 0.555 + 0.16215 + 0.00592 = 0.72307 x 32.3465 = 23.3889... -> 23.39
        pricing.NonFacilityRange.Max.ShouldBe(new Money(23.39m));
        pricing.NonFacilityRange.MaxLocality.Name.ShouldBe("ALASKA*");
        pricing.NonFacilityRange.Localities.ShouldBe(109);
    }

    [Fact]
    public void Locality_99213Manhattan_RoundsOnlyAtTheEnd()
    {
        var manhattan = AllLocalities().Single(l => l.Name == "MANHATTAN");
        // (1.30 x 1.065 + 1.35 x 1.166 + 0.10 x 1.656) x 32.3465 = (1.3845 + 1.5741 + 0.1656) x 32.3465 = 3.1242 x 32.3465 = 101.0569... -> 101.06
        PfsPaymentCalculator.Locality(Row99213(), manhattan, facility: false).Amount.ShouldBe(new Money(101.06m));
    }

    [Fact]
    public void National_NaIndicator_SettingNotPriced()
    {
        // 70450 global row (line 7598) has facility NA.
        var row = Row99213() with { Code = "70450", FacilityNotApplicable = true };
        var amount = PfsPaymentCalculator.National(row, facility: true);
        amount.Amount.ShouldBeNull();
        amount.NotPricedReason!.ShouldContain("NA");
        PfsPaymentCalculator.National(row, facility: false).Amount.ShouldNotBeNull();
    }

    [Fact]
    public void Price_StatutoryExclusion_NoAmountAndNoRange()
    {
        // 86320 global row (line 10457): status X, zero RVUs.
        var row = Row86320Pc() with { Modifier = "", Status = "X", WorkRvu = 0m, NonFacilityTotal = 0m, FacilityTotal = 0m };
        var pricing = PfsPaymentCalculator.Price(row, AllLocalities(), []);
        pricing.NonFacilityNational.Amount.ShouldBeNull();
        pricing.NonFacilityNational.NotPricedReason!.ShouldContain("status X");
        pricing.NonFacilityRange.ShouldBeNull();
    }
}
