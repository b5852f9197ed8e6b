using System.Globalization;
using System.Text.Json;

namespace CodeBrief.Core.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("88.9528750", "88.95")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.125", "0.13")]
    [InlineData("17.143645", "17.14")]
    public void FromDollarsRounded_Digits_RoundHalfAwayFromZero(string dollars, string expected) =>
        Money.FromDollarsRounded(decimal.Parse(dollars, CultureInfo.InvariantCulture)).Dollars.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("475", "475.00")]
    [InlineData("70.2", "70.20")]
    [InlineData("24.114", "24.11")]
    public void FromDollarsRounded_AnyScale_PrintsTwoDecimalsInTextAndJson(string dollars, string expected)
    {
        // The loader may store a CLFS rate as "70.2", and TiC files write whole dollars; JSON and text must both print cents.
        var m = Money.FromDollarsRounded(decimal.Parse(dollars, CultureInfo.InvariantCulture));

        m.Dollars.ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
        JsonSerializer.Serialize(m.Dollars).ShouldBe(expected);
    }

    [Fact]
    public void RoundToCents_WholeDollars_HasScaleTwo() =>
        new Money(475m).RoundToCents().Dollars.ToString(CultureInfo.InvariantCulture).ShouldBe("475.00");

    [Fact]
    public void ToString_Amount_PrintsDollarSignThousandsAndCents() => new Money(1234.5m).ToString().ShouldBe("$1,234.50");
}
