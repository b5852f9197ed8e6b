namespace CodeBrief.Core;

/// <summary>Decimal helpers shared by the stages.</summary>
public static class Decimals
{
    /// <summary><paramref name="value"/> without trailing zeros (<c>388.00</c> to <c>388</c>, <c>123.450000</c> to <c>123.45</c>),
    /// so a figure prints as its source wrote it whatever scale it was parsed or stored with.</summary>
    /// <remarks>Dividing by one with many zeros is the documented way to drop a decimal's trailing zeros.</remarks>
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;
}
