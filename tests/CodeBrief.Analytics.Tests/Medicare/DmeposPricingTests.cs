using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;

namespace CodeBrief.Analytics.Tests.Medicare;

public sealed class DmeposPricingTests
{
    private static readonly SourceRef Line7 = new("dmepos", "DMEPOS26_JAN.csv", "DMEPOS26_JAN", 7);
    private static readonly SourceRef Line8 = new("dmepos", "DMEPOS26_JAN.csv", "DMEPOS26_JAN", 8);

    private static DmeposFeeRow Row(string state, decimal nonRural, decimal rural, string mod = "RR", SourceRef? source = null, string category = "CR",
        decimal ceiling = 0, decimal floor = 0) =>
        new("E0601", mod, "", "D", category, ceiling, floor, state, nonRural, rural, "Cont airway pressure device", source ?? Line7);

    private static IReadOnlyList<DmeposFeeRow> Real(string file, string code) =>
        new DmeposFeeFormat().Read(SharedData.Path("dmepos", file), CancellationToken.None)
            .Select(r => r.Value).OfType<DmeposFeeRow>().Where(r => r.Code == code)
            .OrderBy(r => r.Modifier, StringComparer.Ordinal).ThenBy(r => r.State, StringComparer.Ordinal).ToList();

    [Fact]
    public void Price_RealE0601_RentalIsCappedRentalWithCaliforniaAndTexasFees()
    {
        var rr = DmeposPricing.Price(Real("DMEPOS26_JAN.csv", "E0601")).ShouldHaveSingleItem();

        rr.Modifier.ShouldBe("RR");
        (rr.Category, rr.CategoryMeaning, rr.Jurisdiction).ShouldBe(("CR", "capped rental item", "D"));
        (rr.Ceiling, rr.Floor).ShouldBe((null, null)); // 0 in the file: not used
        rr.FeeFor("CA", rural: false).Fee.ShouldBe(new Money(50.44m));
        rr.FeeFor("ca", rural: true).Fee.ShouldBe(new Money(93.04m));
        rr.FeeFor("TX", rural: false).Fee.ShouldBe(new Money(50.91m));
        rr.FeeFor("TX", rural: false).Source.Version.ShouldBe("DMEPOS26_JAN");
        rr.States.Count.ShouldBe(53);
        // By hand from line 750: non-rural lowest DC 50.04, highest PR 100.22; rural in 49 states, AR 86.69 to AL 97.02.
        rr.NonRuralRange.ShouldBe(new DmeposFeeRange(new Money(50.04m), "DC", new Money(100.22m), "PR", 53));
        rr.RuralRange.ShouldBe(new DmeposFeeRange(new Money(86.69m), "AR", new Money(97.02m), "AL", 49));
        rr.Source.Row.ShouldBe(750);
    }

    [Fact]
    public void Price_RealE0143_OneEntryPerModifierLine()
    {
        var priced = DmeposPricing.Price(Real("DMEPOS26_JAN.csv", "E0143"));

        priced.Select(p => (p.Modifier, p.Category, p.Source.Row)).ShouldBe([("NU", "IN", 520L), ("RR", "IN", 521L), ("UE", "IN", 522L)]);
        priced[1].FeeFor("CA", rural: true).Fee.ShouldBe(new Money(16.50m));
    }

    [Fact]
    public void Price_RealE0601April2025_CaliforniaRentalIs4912()
    {
        var rr = DmeposPricing.Price(Real("DMEPOS25_APR25.csv", "E0601")).Single(p => p.Modifier == "RR");

        rr.FeeFor("CA", rural: false).Fee.ShouldBe(new Money(49.12m));
    }

    [Fact]
    public void Price_Range_LowestAndHighestStateFirstAlphabeticallyOnTies()
    {
        var priced = DmeposPricing.Price([Row("AK", 60m, 0m), Row("AL", 40m, 0m), Row("CA", 60m, 70m), Row("TX", 40m, 0m)]).ShouldHaveSingleItem();

        priced.NonRuralRange.ShouldBe(new DmeposFeeRange(new Money(40m), "AL", new Money(60m), "AK", 4));
        priced.RuralRange.ShouldBe(new DmeposFeeRange(new Money(70m), "CA", new Money(70m), "CA", 1));
    }

    [Fact]
    public void Price_ZeroFees_AreNoFeeNeverZeroDollars()
    {
        var priced = DmeposPricing.Price([Row("AL", 0m, 0m), Row("AR", 12.5m, 0m)]).ShouldHaveSingleItem();

        priced.States[0].ShouldBe(new DmeposStateFee("AL", null, null));
        priced.RuralRange.ShouldBeNull();
        var lookup = priced.FeeFor("AL", rural: false);
        lookup.Fee.ShouldBeNull();
        lookup.Note.ShouldBe("no fee: the AL (NR) column of this row is 0");
        priced.FeeFor("AR", rural: true).Note.ShouldBe("no rural fee: the AR (R) column of this row is 0");
        priced.FeeFor("ZZ", rural: false).Note.ShouldNotBeNull().ShouldContain("no fee columns for ZZ");
    }

    [Fact]
    public void Price_TwoLines_OneEntryEachWithItsOwnLine()
    {
        var priced = DmeposPricing.Price([Row("AL", 10m, 0m, "NU", Line7), Row("AL", 1m, 0m, "RR", Line8, "PO", ceiling: 4.47m, floor: 3.8m)]);

        priced.Select(p => (p.Modifier, p.Source)).ShouldBe([("NU", Line7), ("RR", Line8)]);
        (priced[1].Ceiling, priced[1].Floor, priced[1].CategoryMeaning).ShouldBe((new Money(4.47m), new Money(3.80m), "prosthetic or orthotic device"));
    }

    [Theory]
    [InlineData("IN", "inexpensive or other routinely purchased item")]
    [InlineData("OS", "ostomy, tracheostomy or urological item")]
    [InlineData("SD", "surgical dressing")]
    [InlineData("OX", "oxygen and oxygen equipment")]
    public void Category_DocumentedCodes_InWords(string code, string meaning) => DmeposPricing.Category(code).ShouldBe(meaning);

    [Fact]
    public void Category_UndocumentedCode_SaysItIsNotDefined()
    {
        DmeposPricing.Category("LT").ShouldContain("not defined");
        DmeposPricing.IsKnownCategory("LT").ShouldBeFalse();
        DmeposPricing.Jurisdiction("L").ShouldBe("billed to the local Part B MAC");
        DmeposPricing.Jurisdiction("Q").ShouldContain("not defined");
    }
}
