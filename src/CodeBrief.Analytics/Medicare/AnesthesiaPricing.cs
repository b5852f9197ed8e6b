using CodeBrief.Core;
using CodeBrief.Ingest.PfsAnesthesia;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// Medicare anesthesia payment, as the PFS prices it: (base units + time units + modifying units) x the locality's
/// anesthesia conversion factor. Base units come from CMS's anesthesia base units file, the factors from <c>ANES*.csv</c>.
/// </summary>
/// <remarks>
/// Pure: no I/O. Time units and modifying units (physical status, qualifying circumstances) depend on the case, so the
/// brief prints the formula with the base units and factors filled in; <see cref="Amount"/> computes one case. Which
/// anesthesia modifiers reduce the amount (medical direction) is the modifier rules' business, not this calculator's.
/// </remarks>
public static class AnesthesiaPricing
{
    /// <summary>The formula in words, for the brief and for verification.</summary>
    public const string Formula = "(base units + time units + modifying units) x anesthesia conversion factor";

    /// <summary>Minutes in one anesthesia time unit, the usual Medicare convention (time units may be fractional).</summary>
    public const decimal MinutesPerTimeUnit = 15m;

    /// <summary>The national factor and the lowest and highest locality factor; null when no locality has a factor.</summary>
    public static AnesthesiaFactors? Factors(IReadOnlyList<PfsAnesthesiaRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        PfsAnesthesiaRow? min = null, max = null;
        var count = 0;
        foreach (var row in rows)
        {
            if (row.ConversionFactor is not { } cf) continue;
            count++;
            if (min is null || cf < min.ConversionFactor) min = row;
            if (max is null || cf > max.ConversionFactor) max = row;
        }
        if (min is null || max is null) return null;
        var header = min.Source with { Row = 1 }; // ANES*.csv states the national factor in its header, line 1
        return new AnesthesiaFactors(min.NationalConversionFactor, header, Of(min), Of(max), count);
    }

    /// <summary>The conversion factor of one locality, by carrier (MAC) and locality number; null when the file has none.</summary>
    /// <param name="rows">The <c>ANES*.csv</c> rows.</param>
    /// <param name="carrier">Carrier / MAC number; leading zeros optional (<c>2102</c> = <c>02102</c>).</param>
    /// <param name="locality">Locality number; leading zeros optional (<c>1</c> = <c>01</c>).</param>
    public static AnesthesiaLocality? Locality(IReadOnlyList<PfsAnesthesiaRow> rows, string carrier, string locality)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(carrier);
        ArgumentNullException.ThrowIfNull(locality);
        var mac = carrier.Trim().PadLeft(5, '0');
        var loc = locality.Trim().PadLeft(2, '0');
        foreach (var row in rows)
            if (row.Mac == mac && row.Locality == loc && row.ConversionFactor is not null) return Of(row);
        return null;
    }

    /// <summary>One case: (base + time + modifying units) x factor, rounded to cents at the end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A unit count or the factor is negative.</exception>
    public static Money Amount(decimal baseUnits, decimal timeUnits, decimal modifyingUnits, decimal conversionFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(timeUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(modifyingUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(conversionFactor);
        return Money.FromDollarsRounded((baseUnits + timeUnits + modifyingUnits) * conversionFactor);
    }

    /// <summary>Time units for <paramref name="minutes"/> of anesthesia time at <see cref="MinutesPerTimeUnit"/>.</summary>
    public static decimal TimeUnits(decimal minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        return minutes / MinutesPerTimeUnit;
    }

    private static AnesthesiaLocality Of(PfsAnesthesiaRow row) => new(new Money(row.ConversionFactor!.Value), row);
}
