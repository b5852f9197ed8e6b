using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Core;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// Medicare PFS payment arithmetic as the RVU25D documentation states it:
/// national = total RVU x CF; locality = (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x CF.
/// </summary>
/// <remarks>All arithmetic is exact decimal; rounding to cents (half away from zero) happens once, on the final amount,
/// as CMS rounds published fee schedule amounts. Thread-safe: no state.</remarks>
public static class PfsPaymentCalculator
{
    /// <summary>Status codes whose RVUs are used for PFS payment (A active, R restricted coverage, T injections).</summary>
    public static readonly IReadOnlySet<string> PayableStatuses = new HashSet<string>(StringComparer.Ordinal) { "A", "R", "T" };

    /// <summary>
    /// True for status C (carrier priced): Medicare pays the code, but each contractor sets the amount, so there is no
    /// national figure to hold a quoted amount against.
    /// </summary>
    public static bool IsContractorPriced(PfsRvuRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status == "C";
    }

    /// <summary>Prices one RVU row nationally and in every locality given.</summary>
    public static PfsPricing Price(PfsRvuRow row, IReadOnlyList<GpciLocality> localities)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(localities);
        var nf = National(row, facility: false);
        var f = National(row, facility: true);
        var perLocality = new List<LocalityAmount>(localities.Count);
        foreach (var locality in localities)
            perLocality.Add(new LocalityAmount(locality, Locality(row, locality, facility: false), Locality(row, locality, facility: true)));
        return new PfsPricing(row, nf, f, perLocality,
            Range(perLocality, static l => l.NonFacility), Range(perLocality, static l => l.Facility));
    }

    /// <summary>The national (unadjusted) amount of one setting: the file's total RVU for the setting x the row's CF.</summary>
    public static PfsSettingAmount National(PfsRvuRow row, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (NotPricedReason(row, facility) is { } reason) return PfsSettingAmount.NotPriced(reason);
        var total = facility ? row.FacilityTotal : row.NonFacilityTotal;
        // NotPricedReason returned null, so the total and the CF are present.
        return PfsSettingAmount.Priced(Money.FromDollarsRounded(total!.Value * row.ConversionFactor!.Value));
    }

    /// <summary>The GPCI-adjusted amount of one setting in one locality.</summary>
    public static PfsSettingAmount Locality(PfsRvuRow row, GpciLocality locality, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(locality);
        if (NotPricedReason(row, facility) is { } reason) return PfsSettingAmount.NotPriced(reason);
        // A blank GPCI is no index of 0: the locality cannot be priced from this file.
        if (locality is not { Work: { } work, PracticeExpense: { } practiceExpense, Malpractice: { } malpractice })
            return PfsSettingAmount.NotPriced($"a GPCI of locality {locality.Mac}/{locality.Locality} is blank in the GPCI file ({locality.Source})");
        var pe = (facility ? row.FacilityPeRvu : row.NonFacilityPeRvu) ?? 0m;
        var rvus = (row.WorkRvu ?? 0m) * work + pe * practiceExpense + (row.MalpracticeRvu ?? 0m) * malpractice;
        // NotPricedReason checked the CF.
        return PfsSettingAmount.Priced(Money.FromDollarsRounded(rvus * row.ConversionFactor!.Value));
    }

    /// <summary>Why a setting has no PFS amount, or null when it is priced.</summary>
    public static string? NotPricedReason(PfsRvuRow row, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!PayableStatuses.Contains(row.Status))
            return $"status {row.Status}: not paid from RVUs under the PFS";
        if (facility ? row.FacilityNotApplicable : row.NonFacilityNotApplicable)
            return facility ? "facility NA indicator: not priced in the facility setting" : "non-facility NA indicator: not priced in the non-facility setting";
        var total = facility ? row.FacilityTotal : row.NonFacilityTotal;
        if (total is null or 0m) return "no relative value units for this setting";
        if (row.ConversionFactor is null or 0m) return "no conversion factor on the row";
        return null;
    }

    private static LocalityRange? Range(List<LocalityAmount> amounts, Func<LocalityAmount, PfsSettingAmount> setting)
    {
        LocalityAmount? min = null, max = null;
        var count = 0;
        foreach (var a in amounts)
        {
            if (setting(a).Amount is not { } value) continue;
            count++;
            if (min is null || value.Dollars < setting(min).Amount!.Value.Dollars) min = a; // min was priced when chosen
            if (max is null || value.Dollars > setting(max).Amount!.Value.Dollars) max = a; // max was priced when chosen
        }
        if (min is null || max is null) return null;
        return new LocalityRange(setting(min).Amount!.Value, min.Locality, setting(max).Amount!.Value, max.Locality, count); // both priced
    }
}
