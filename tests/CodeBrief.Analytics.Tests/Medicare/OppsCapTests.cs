using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Testing;

namespace CodeBrief.Analytics.Tests.Medicare;

/// <summary>
/// The OPPS imaging cap over the real RVU25D files (PPRRVU2025_Oct.csv, GPCI2025.csv, OPPSCAP_Oct.csv), with figures
/// computed by hand from the files.
/// </summary>
public sealed class OppsCapTests
{
    private static readonly Lazy<IReadOnlyList<PfsRvuRow>> Rvu = new(() => Read(new PfsRvuFormat(), "PPRRVU2025_Oct.csv"));
    private static readonly Lazy<IReadOnlyList<GpciLocality>> Gpci = new(() => Read(new PfsGpciFormat(), "GPCI2025.csv"));
    private static readonly Lazy<IReadOnlyList<PfsOppsCapRow>> Caps = new(() => Read(new PfsOppsCapFormat(), "OPPSCAP_Oct.csv"));

    private static IReadOnlyList<T> Read<T>(Ingest.Reference.IReferenceFormat<T> format, string file) where T : class =>
        format.Read(SharedData.Path("medicare_pfs", file), CancellationToken.None).Select(r => r.Value ?? throw new InvalidOperationException($"{file} row {r.Row}: {r.Problem}")).ToList();

    private static PfsRvuRow Row(string code, string modifier) => Rvu.Value.Single(r => r.Code == code && r.Modifier == modifier);

    private static IReadOnlyList<PfsOppsCapRow> CapsOf(string code) => Caps.Value.Where(c => c.Code == code).ToList();

    private static PfsPricing Price(string code, string modifier) => PfsPaymentCalculator.Price(Row(code, modifier), Gpci.Value, CapsOf(code));

    [Fact]
    public void National_74261TC_IsTheOppsAmountBesideTheUncappedPfsAmount()
    {
        // PPRRVU2025_Oct.csv line 8182: work 0.00, NF PE used for OPPS 3.28, MP used for OPPS 0.01; (0.00 + 3.28 + 0.01) x 32.3465
        // = 106.419985 -> $106.42. Uncapped: NF total 9.10 x 32.3465 = 294.35315 -> $294.35.
        var national = Price("74261", "TC").NonFacilityNational;

        national.Amount.ShouldBe(new Money(106.42m));
        var cap = national.OppsCap.ShouldNotBeNull();
        (cap.PfsAmount, cap.Cap, cap.Applies, cap.Capped).ShouldBe((new Money(294.35m), new Money(106.42m), "capped", true));
        (cap.Source.Dataset, cap.Source.File, cap.Source.Row).ShouldBe(("pfs-rvu", "PPRRVU2025_Oct.csv", 8182L));
    }

    [Fact]
    public void Localities_74261TC_CappedRangeBesideTheUncappedRange()
    {
        var pricing = Price("74261", "TC");

        var range = pricing.NonFacilityRange.ShouldNotBeNull();
        (range.Min, range.Max, range.Localities).ShouldBe((new Money(90.64m), new Money(152.43m), 109));
        var cap = pricing.OppsCap.ShouldNotBeNull();
        var pfs = cap.PfsNonFacilityRange.ShouldNotBeNull();
        (pfs.Min, pfs.Max).ShouldBe((new Money(250.71m), new Money(421.55m)));
        (cap.CapRows, cap.CappedLocalities).ShouldBe((115, 109));
        cap.LocalitiesWithoutCapRow.ShouldBeEmpty();
        // Facility: the RVU row's facility NA indicator stands; the cap file's facility price does not make it payable.
        pricing.FacilityNational.Amount.ShouldBeNull();
        pricing.FacilityRange.ShouldBeNull();
        cap.CapFacilityRange.ShouldBeNull();
    }

    [Fact]
    public void PriceLocality_74261TCInSanFrancisco_IsTheCapRow()
    {
        var sf = Gpci.Value.Single(l => l.Mac == "01112" && l.Locality == "05");

        var amount = PfsPaymentCalculator.PriceLocality(Row("74261", "TC"), sf, CapsOf("74261"));

        // OPPSCAP_Oct.csv line 5752: 74261,TC,A,01112,05,150.69,150.69. PFS: 9.07 x 1.419 + 0.03 x 0.445 = 12.88368 x 32.3465 = $416.74.
        amount.NonFacility.Amount.ShouldBe(new Money(150.69m));
        var cap = amount.NonFacility.OppsCap.ShouldNotBeNull();
        (cap.PfsAmount, cap.Applies).ShouldBe((new Money(416.74m), OppsCapFigure.CappedText));
        (cap.Source.File, cap.Source.Row).ShouldBe(("OPPSCAP_Oct.csv", 5752L));
        amount.Facility.Amount.ShouldBeNull();
    }

    [Fact]
    public void CarrierPriced_0689TTC_ShowsTheCapAsCeilingNotAsPayment()
    {
        var pricing = Price("0689T", "TC");

        pricing.NonFacilityNational.Amount.ShouldBeNull();
        pricing.NonFacilityNational.NotPricedReason.ShouldNotBeNull().ShouldContain("status C");
        // Line 677: NF PE used for OPPS 2.71, MP 0.01: 2.72 x 32.3465 = 87.98248 -> $87.98.
        var national = pricing.NonFacilityNational.OppsCap.ShouldNotBeNull();
        (national.PfsAmount, national.Cap, national.Applies).ShouldBe(((Money?)null, new Money(87.98m), OppsCapFigure.CeilingText));
        pricing.NonFacilityRange.ShouldBeNull();
        var ceiling = pricing.OppsCap.ShouldNotBeNull().CapNonFacilityRange.ShouldNotBeNull();
        (ceiling.Min, ceiling.Max, ceiling.Localities).ShouldBe((new Money(74.93m), new Money(125.97m), 109));
        pricing.Localities.ShouldAllBe(l => l.NonFacility.Amount == null && l.NonFacility.OppsCap!.Applies == OppsCapFigure.CeilingText);
    }

    [Fact]
    public void CapRowsForLocalitiesTheGpciFileLacks_AreReportedNotUsed()
    {
        // OPPSCAP_Oct.csv repeats the 01182 (southern California) localities 17, 18, 71-74 under carrier 01112 as well; GPCI2025.csv
        // lists them only under 01182.
        var cap = Price("74261", "TC").OppsCap.ShouldNotBeNull();

        cap.UnknownLocalities.Select(u => (u.Mac, u.Locality)).ShouldBe(
            [("01112", "17"), ("01112", "18"), ("01112", "71"), ("01112", "72"), ("01112", "73"), ("01112", "74")], ignoreOrder: true);
        cap.UnknownLocalities.ShouldAllBe(u => u.Source.File == "OPPSCAP_Oct.csv" && u.Source.Row > 1);
    }

    [Fact]
    public void CapAbovePfs_IsNotCapped_AndALocalityWithoutCapRowIsListed()
    {
        var row = Row("74261", "TC");
        var localities = Gpci.Value.Take(2).ToList();
        var source = new SourceRef("pfs-opps-cap", "OPPSCAP_Oct.csv", "OPPSCAP_Oct", 2);
        // A cap far above the PFS amount for the first locality only.
        PfsOppsCapRow[] caps = [new("74261", "TC", "A", localities[0].Mac, localities[0].Locality, 9999m, 9999m, source)];

        var pricing = PfsPaymentCalculator.Price(row, localities, caps);

        var first = pricing.Localities[0].NonFacility;
        first.OppsCap.ShouldNotBeNull().Applies.ShouldBe(OppsCapFigure.NotCappedText);
        first.Amount.ShouldBe(first.OppsCap!.PfsAmount);
        pricing.Localities[1].NonFacility.OppsCap.ShouldBeNull();
        pricing.OppsCap.ShouldNotBeNull().LocalitiesWithoutCapRow.ShouldBe([localities[1]]);
        pricing.OppsCap.CappedLocalities.ShouldBe(0);
    }

    [Fact]
    public void CodeRowNotInTheCapFile_IsPricedFromThePfsAlone()
    {
        var pricing = PfsPaymentCalculator.Price(Row("74261", "26"), Gpci.Value, CapsOf("74261"));

        pricing.OppsCap.ShouldBeNull();
        pricing.NonFacilityNational.OppsCap.ShouldBeNull();
        pricing.NonFacilityNational.Amount.ShouldBe(new Money(109.98m)); // 3.40 x 32.3465 = 109.9781
    }

    [Fact]
    public void WholeCapFile_EveryCappedPairPaysAtMostItsCapRowAndTheNationalIsTheLesser()
    {
        var pairs = Caps.Value.GroupBy(c => (c.Code, c.Modifier)).ToList();
        pairs.Count.ShouldBe(140);
        var capped = 0;
        foreach (var pair in pairs)
        {
            var row = Row(pair.Key.Code, pair.Key.Modifier);
            var pricing = PfsPaymentCalculator.Price(row, Gpci.Value, pair.ToList());
            var byLocality = pair.ToDictionary(c => (c.Mac, c.Locality));
            foreach (var l in pricing.Localities)
            {
                var capRow = byLocality[(l.Locality.Mac, l.Locality.Locality)];
                if (l.NonFacility.Amount is { } paid)
                {
                    paid.Dollars.ShouldBeLessThanOrEqualTo(capRow.NonFacilityPrice!.Value, $"{pair.Key} {l.Locality.Mac}/{l.Locality.Locality}");
                    var pfs = PfsPaymentCalculator.Locality(row, l.Locality, facility: false).Amount!.Value;
                    paid.Dollars.ShouldBe(Math.Min(pfs.Dollars, capRow.NonFacilityPrice.Value));
                }
            }
            if (PfsPaymentCalculator.National(row, facility: false).Amount is { } national)
            {
                capped++;
                var opps = PfsPaymentCalculator.OppsNational(row, facility: false).ShouldNotBeNull();
                pricing.NonFacilityNational.Amount.ShouldBe(national.Dollars <= opps.Dollars ? national : opps, $"{pair.Key}");
                var range = pricing.NonFacilityRange.ShouldNotBeNull();
                range.Min.Dollars.ShouldBe(pricing.Localities.Min(l => l.NonFacility.Amount!.Value.Dollars));
                range.Max.Dollars.ShouldBe(pricing.Localities.Max(l => l.NonFacility.Amount!.Value.Dollars));
                range.Max.Dollars.ShouldBeLessThanOrEqualTo(pricing.OppsCap!.CapNonFacilityRange!.Max.Dollars);
            }
        }
        capped.ShouldBe(58); // the 58 status A pairs; the other 82 are carrier priced
    }
}
