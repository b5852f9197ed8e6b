using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Core.Provenance;
using CodeBrief.Core;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// Medicare PFS payment arithmetic as the RVU25D documentation states it:
/// national = total RVU x CF; locality = (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x CF; and, for the
/// code rows the OPPS cap file names, the lesser of that and the OPPS-based cap (one rule: <c>ApplyCap</c>).
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

    /// <summary>
    /// Prices one RVU row nationally and in every locality given, with the OPPS imaging cap applied where the cap file
    /// names the row's code and modifier (see <see cref="PriceLocality"/> and <see cref="NationalPayment"/>).
    /// </summary>
    /// <param name="row">The RVU row.</param>
    /// <param name="localities">The GPCI localities to price, in the order the ranges break ties.</param>
    /// <param name="caps">The OPPS cap file rows of the code (any modifier; only the row's modifier is used); empty when
    /// the cap file does not name the code.</param>
    public static PfsPricing Price(PfsRvuRow row, IReadOnlyList<GpciLocality> localities, IReadOnlyList<PfsOppsCapRow> caps)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(localities);
        ArgumentNullException.ThrowIfNull(caps);
        var capRows = CapRowsOf(row, caps);
        var named = capRows.Count > 0;
        var perLocality = new List<LocalityAmount>(localities.Count);
        var withoutCapRow = new List<GpciLocality>();
        foreach (var locality in localities)
        {
            var capRow = capRows.GetValueOrDefault((locality.Mac, locality.Locality));
            if (named && capRow is null) withoutCapRow.Add(locality);
            perLocality.Add(PriceWithCapRow(row, locality, capRow));
        }
        var pricing = new PfsPricing(row, NationalPayment(row, facility: false, named), NationalPayment(row, facility: true, named), perLocality,
            Range(perLocality, static l => l.NonFacility.Amount), Range(perLocality, static l => l.Facility.Amount));
        if (!named) return pricing;
        var known = localities.Select(static l => (l.Mac, l.Locality)).ToHashSet();
        return pricing with
        {
            OppsCap = new OppsCapSummary(
                capRows.Count,
                perLocality.Count(static l => l.NonFacility.OppsCap?.Capped == true),
                Range(perLocality, static l => l.NonFacility.OppsCap?.PfsAmount ?? l.NonFacility.Amount),
                Range(perLocality, static l => l.Facility.OppsCap?.PfsAmount ?? l.Facility.Amount),
                Range(perLocality, static l => l.NonFacility.OppsCap?.Cap),
                Range(perLocality, static l => l.Facility.OppsCap?.Cap),
                [.. capRows.Values.Where(c => !known.Contains((c.Mac, c.Locality))).OrderBy(static c => c.Source.Row)],
                withoutCapRow),
        };
    }

    /// <summary>
    /// Prices one RVU row in one locality, both settings, with the OPPS imaging cap: each setting's amount is the lesser of
    /// the GPCI-adjusted PFS amount and the locality's cap row (for a carrier-priced code the cap row is shown as the
    /// ceiling). This is the call for "what does Medicare pay in this locality".
    /// </summary>
    /// <param name="row">The RVU row.</param>
    /// <param name="locality">The GPCI locality.</param>
    /// <param name="caps">The OPPS cap file rows of the code (any modifier and locality; the one matching the row's
    /// modifier and the locality's carrier and locality number is used); empty when the cap file does not name the code.</param>
    public static LocalityAmount PriceLocality(PfsRvuRow row, GpciLocality locality, IReadOnlyList<PfsOppsCapRow> caps)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(locality);
        ArgumentNullException.ThrowIfNull(caps);
        return PriceWithCapRow(row, locality, CapRowsOf(row, caps).GetValueOrDefault((locality.Mac, locality.Locality)));
    }

    private static LocalityAmount PriceWithCapRow(PfsRvuRow row, GpciLocality locality, PfsOppsCapRow? capRow) => new(locality,
        ApplyCap(row, facility: false, Locality(row, locality, facility: false), Cap(capRow?.NonFacilityPrice), capRow?.Source),
        ApplyCap(row, facility: true, Locality(row, locality, facility: true), Cap(capRow?.FacilityPrice), capRow?.Source));

    /// <summary>
    /// The national amount Medicare pays in one setting: the PFS national amount, or, when <paramref name="oppsCapped"/>
    /// (the OPPS cap file names the code and modifier), the lesser of it and the OPPS amount from the row's OPPS columns
    /// (<see cref="OppsNational"/>).
    /// </summary>
    public static PfsSettingAmount NationalPayment(PfsRvuRow row, bool facility, bool oppsCapped)
    {
        var pfs = National(row, facility);
        return oppsCapped ? ApplyCap(row, facility, pfs, OppsNational(row, facility), row.Source) : pfs;
    }

    /// <summary>
    /// The national OPPS payment amount of one setting, the RVU25D layout's formula with every GPCI at 1:
    /// (work RVU + PE RVU used for OPPS + MP RVU used for OPPS) x CF. Null when the row gives no OPPS PE RVU for the
    /// setting (blank or 0.00: the row has no OPPS amount, which is no cap of $0) or no conversion factor.
    /// </summary>
    public static Money? OppsNational(PfsRvuRow row, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        var pe = facility ? row.FacilityPeOpps : row.NonFacilityPeOpps;
        if (pe is not > 0m || row.ConversionFactor is not { } cf || cf == 0m) return null;
        return Money.FromDollarsRounded(((row.WorkRvu ?? 0m) + pe.Value + (row.MalpracticeOppsRvu ?? 0m)) * cf);
    }

    /// <summary>
    /// The one rule of the OPPS imaging cap (Deficit Reduction Act of 2005, section 5102(b), as the RVU25D layout states it:
    /// "the physician fee schedule amount is compared to the OPPS payment amount and the lower amount is used"). A priced
    /// setting pays the lesser of the two. A setting the PFS leaves unpriced stays unpriced: for a carrier-priced code (status
    /// C) the cap is shown as the ceiling of the contractor's price (the layout: "Carrier prices cannot exceed the OPPS based
    /// payment caps"), unless the setting's NA indicator says the service is not priced there.
    /// </summary>
    /// <remarks>The facility setting gets the same rule: the layout gives an OPPS facility payment formula and the cap file a
    /// facility price. In RVU25D every code row the cap file names has the facility NA indicator, so its facility setting
    /// stays unpriced and the cap file's facility price (equal to the non-facility price there) is not shown as a payment.</remarks>
    private static PfsSettingAmount ApplyCap(PfsRvuRow row, bool facility, PfsSettingAmount pfs, Money? cap, SourceRef? capSource)
    {
        if (cap is not { } c || capSource is not { } source) return pfs;
        if (pfs.Amount is { } amount)
            return c.Dollars < amount.Dollars
                ? PfsSettingAmount.Priced(c) with { OppsCap = new OppsCapFigure(amount, c, OppsCapFigure.CappedText, source) }
                : pfs with { OppsCap = new OppsCapFigure(amount, c, OppsCapFigure.NotCappedText, source) };
        if (IsContractorPriced(row) && !(facility ? row.FacilityNotApplicable : row.NonFacilityNotApplicable))
            return pfs with { OppsCap = new OppsCapFigure(null, c, OppsCapFigure.CeilingText, source) };
        return pfs;
    }

    private static Money? Cap(decimal? price) => price is { } p ? Money.FromDollarsRounded(p) : null;

    /// <summary>The cap rows of the row's code and modifier by carrier and locality (the first row of a pair wins).</summary>
    private static Dictionary<(string Mac, string Locality), PfsOppsCapRow> CapRowsOf(PfsRvuRow row, IReadOnlyList<PfsOppsCapRow> caps)
    {
        var byLocality = new Dictionary<(string, string), PfsOppsCapRow>();
        foreach (var c in caps)
            if (string.Equals(c.Code, row.Code, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Modifier, row.Modifier, StringComparison.OrdinalIgnoreCase))
                byLocality.TryAdd((c.Mac, c.Locality), c);
        return byLocality;
    }

    /// <summary>The national (unadjusted) PFS amount of one setting before the OPPS cap: the file's total RVU for the
    /// setting x the row's CF. What Medicare pays is <see cref="NationalPayment"/>.</summary>
    public static PfsSettingAmount National(PfsRvuRow row, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (NotPricedReason(row, facility) is { } reason) return PfsSettingAmount.NotPriced(reason);
        var total = facility ? row.FacilityTotal : row.NonFacilityTotal;
        // NotPricedReason returned null, so the total and the CF are present.
        return PfsSettingAmount.Priced(Money.FromDollarsRounded(total!.Value * row.ConversionFactor!.Value));
    }

    /// <summary>
    /// The national valuation the file publishes for a code Medicare does not pay under the PFS (status N, I, …): total RVU x
    /// CF, as for a paid code. Pages quote it ("the 2025 national valuation for 92551 is $12.29"); it is no payment. Null when
    /// the row is payable (see <see cref="National"/>) or publishes no RVUs or CF for the setting.
    /// </summary>
    public static Money? PublishedValuation(PfsRvuRow row, bool facility)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (PayableStatuses.Contains(row.Status)) return null;
        var total = facility ? row.FacilityTotal : row.NonFacilityTotal;
        if (total is null or 0m || row.ConversionFactor is null or 0m) return null;
        return Money.FromDollarsRounded(total.Value * row.ConversionFactor.Value);
    }

    /// <summary>The GPCI-adjusted PFS amount of one setting in one locality before the OPPS cap; what Medicare pays is
    /// <see cref="PriceLocality"/>.</summary>
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

    private static LocalityRange? Range(List<LocalityAmount> amounts, Func<LocalityAmount, Money?> amountOf)
    {
        (Money Amount, GpciLocality Locality)? min = null, max = null;
        var count = 0;
        foreach (var a in amounts)
        {
            if (amountOf(a) is not { } value) continue;
            count++;
            if (min is null || value.Dollars < min.Value.Amount.Dollars) min = (value, a.Locality);
            if (max is null || value.Dollars > max.Value.Amount.Dollars) max = (value, a.Locality);
        }
        if (min is not { } lo || max is not { } hi) return null;
        return new LocalityRange(lo.Amount, lo.Locality, hi.Amount, hi.Locality, count);
    }
}
