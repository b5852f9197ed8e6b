using System.Globalization;

namespace CodeBrief.Core;

/// <summary>
/// An amount in U.S. dollars, exact (decimal, never floating point). Printed with two decimals.
/// </summary>
public readonly record struct Money(decimal Dollars) : IComparable<Money>
{
    /// <summary>
    /// <paramref name="dollars"/> rounded half away from zero to cents, the way CMS publishes fee schedule amounts, with the
    /// scale fixed at two decimals.
    /// </summary>
    /// <remarks>
    /// A decimal keeps the scale it was parsed or computed with, so without the fixed scale 475 would print as 475 in JSON
    /// and 70.2 as 70.2 while the text says 475.00 and 70.20.
    /// </remarks>
    public static Money FromDollarsRounded(decimal dollars) => new(Math.Round(dollars, 2, MidpointRounding.AwayFromZero) + 0.00m);

    /// <summary>This amount rounded to cents at scale 2 (see <see cref="FromDollarsRounded"/>).</summary>
    public Money RoundToCents() => FromDollarsRounded(Dollars);

    /// <inheritdoc />
    public int CompareTo(Money other) => Dollars.CompareTo(other.Dollars);

    /// <summary>Formats as <c>$1,234.56</c>.</summary>
    public override string ToString() => Dollars.ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
