using System.Globalization;

namespace CodeBrief.Core;

/// <summary>
/// An amount in U.S. dollars, exact (decimal, never floating point). Printed with two decimals.
/// </summary>
public readonly record struct Money(decimal Dollars) : IComparable<Money>
{
    /// <summary>Rounds half away from zero to cents, the way CMS publishes fee schedule amounts.</summary>
    public Money RoundToCents() => new(Math.Round(Dollars, 2, MidpointRounding.AwayFromZero));

    /// <summary>
    /// <paramref name="dollars"/> rounded half away from zero to cents, always with two decimals (<c>475.00</c>, not <c>475</c>),
    /// so every amount prints the same in the brief and in JSON.
    /// </summary>
    public static Money FromDollarsRounded(decimal dollars) => new(Math.Round(dollars, 2, MidpointRounding.AwayFromZero) + 0.00m);

    /// <inheritdoc />
    public int CompareTo(Money other) => Dollars.CompareTo(other.Dollars);

    /// <summary>Formats as <c>$1,234.56</c>.</summary>
    public override string ToString() => Dollars.ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
