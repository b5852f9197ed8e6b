using System.Globalization;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Ingest.PfsRvu;

namespace CodeBrief.Verify.Checks;

/// <summary>The PFS setting a page names for an amount.</summary>
internal enum FeeSetting
{
    /// <summary>None, or both: any amount of the code may be meant.</summary>
    Any,
    NonFacility,
    Facility,
}

/// <summary>
/// The Medicare amounts of one code exactly as the brief prices them: CLFS national limits (<see cref="CodeBrief.Ingest.Clfs.ClfsRow.NationalLimit"/>) and
/// PFS national and locality amounts (<see cref="PfsPaymentCalculator"/>), plus each PFS row or setting the calculator
/// leaves unpriced, with its reason. Verify holds no pricing rule of its own.
/// </summary>
internal sealed class MedicareSchedule
{
    /// <summary>A priced amount; <see cref="Setting"/> is null for a CLFS limit, which has no setting.</summary>
    public sealed record Amount(decimal Dollars, string Label, FeeSetting? Setting, Evidence Evidence, string Modifier = "")
    {
        public string Text => "$" + Dollars.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>A PFS row whose status is not payable, or one setting of a row that is not priced.</summary>
    /// <param name="What">The code, modifier and setting, with the reason: <c>27215 (status I: …)</c>.</param>
    /// <param name="Modifier">The row's payment modifier; empty for the global service.</param>
    /// <param name="Setting">The setting not priced; null when the row's status leaves both unpaid.</param>
    /// <param name="Evidence">The PFS row.</param>
    public sealed record Unpriced(string What, string Modifier, FeeSetting? Setting, Evidence Evidence);

    private MedicareSchedule(List<Amount> priced, List<Unpriced> unpriced, List<(PfsPricing Pricing, string Label)> pfs, string? contractorPriced,
        List<Amount> beforeCap, List<Amount> valuations)
    {
        BeforeCap = beforeCap;
        Valuations = valuations;
        Priced = priced;
        NotPriced = unpriced;
        Pfs = pfs;
        ContractorPriced = contractorPriced;
    }

    /// <summary>The row (code and modifier) Medicare pays at amounts each contractor sets (status C), or null.</summary>
    public string? ContractorPriced { get; }

    public IReadOnlyList<Amount> Priced { get; }

    /// <summary>PFS national amounts the OPPS imaging cap replaces (Medicare pays the cap, in <see cref="Priced"/>): right
    /// only where the page labels them as before the cap (<see cref="OppsCapFigure.BeforeCapPhrase"/>).</summary>
    public IReadOnlyList<Amount> BeforeCap { get; }

    public IReadOnlyList<Unpriced> NotPriced { get; }

    /// <summary>The national valuations the PFS publishes for rows it does not pay (<see cref="PfsPaymentCalculator.PublishedValuation"/>).</summary>
    public IReadOnlyList<Amount> Valuations { get; }

    /// <summary>True when no loaded fee schedule has a row for the code that says anything about its payment.</summary>
    public bool IsEmpty => Priced.Count == 0 && NotPriced.Count == 0;

    /// <summary>The PFS pricing of each row, with its code and modifier, for locality ranges.</summary>
    private IReadOnlyList<(PfsPricing Pricing, string Label)> Pfs { get; }

    /// <summary>Prices <paramref name="code"/>; <see cref="ReferenceCache.Schedule"/> remembers the result for the run.</summary>
    public static MedicareSchedule Of(ReferenceCache c, string code)
    {
        var priced = new List<Amount>();
        var unpriced = new List<Unpriced>();
        foreach (var r in c.Clfs(code))
        {
            if (r.NationalLimit is not { } limit) continue;
            var label = r.Modifier.Length > 0 ? $"{r.Code}-{r.Modifier}" : r.Code;
            priced.Add(new Amount(limit.Dollars, $"CLFS national limit{(r.Modifier.Length > 0 ? ", " + r.Modifier : "")}", null,
                new Evidence(r.Source, $"{label} RATE {limit.Dollars.ToString("0.00", CultureInfo.InvariantCulture)}"), r.Modifier));
        }
        var pfs = new List<(PfsPricing, string)>();
        var beforeCap = new List<Amount>();
        var valuations = new List<Amount>();
        var rows = c.Pfs(code);
        var caps = rows.Count > 0 ? c.OppsCaps(code) : [];
        var localities = rows.Count > 0 ? c.Localities : [];
        foreach (var r in rows)
        {
            var label = r.Modifier.Length > 0 ? $"{r.Code}-{r.Modifier}" : r.Code;
            if (!PfsPaymentCalculator.PayableStatuses.Contains(r.Status))
            {
                var meaning = PfsIndicators.Status(r.Status);
                unpriced.Add(new Unpriced($"{label} (status {r.Status}: {meaning})", r.Modifier, null, new Evidence(r.Source, $"{label} STATUS {r.Status}: {meaning}")));
                foreach (var (setting, facility) in new[] { (FeeSetting.NonFacility, false), (FeeSetting.Facility, true) })
                    if (PfsPaymentCalculator.PublishedValuation(r, facility) is { } valuation)
                        valuations.Add(new Amount(valuation.Dollars, $"PFS published {Name(setting)} valuation, not paid (status {r.Status})", setting,
                            new Evidence(r.Source, $"{label} STATUS {r.Status}, {Name(setting)} total RVU x CF = {valuation.Dollars.ToString("0.00", CultureInfo.InvariantCulture)}"), r.Modifier));
                continue;
            }
            var pricing = PfsPaymentCalculator.Price(r, localities, caps);
            pfs.Add((pricing, label));
            Add(r, label, FeeSetting.NonFacility, pricing.NonFacilityNational, priced, unpriced, beforeCap);
            Add(r, label, FeeSetting.Facility, pricing.FacilityNational, priced, unpriced, beforeCap);
        }
        var contractor = rows.FirstOrDefault(PfsPaymentCalculator.IsContractorPriced);
        return new MedicareSchedule(priced, unpriced, pfs, contractor is null ? null : contractor.Modifier.Length > 0 ? $"{contractor.Code}-{contractor.Modifier}" : contractor.Code,
            beforeCap, valuations);
    }

    private static void Add(PfsRvuRow r, string label, FeeSetting setting, PfsSettingAmount national, List<Amount> priced, List<Unpriced> unpriced,
        List<Amount> beforeCap)
    {
        var name = Name(setting);
        var suffix = r.Modifier.Length > 0 ? "-" + r.Modifier : "";
        var total = setting == FeeSetting.Facility ? r.FacilityTotal : r.NonFacilityTotal;
        // A priced setting has its total and conversion factor (PfsPaymentCalculator.NotPricedReason).
        string PfsEvidence() => $"{label} {name.ToUpperInvariant()} TOTAL {total!.Value.ToString(CultureInfo.InvariantCulture)} × CF {r.ConversionFactor!.Value.ToString(CultureInfo.InvariantCulture)}";
        if (national.OppsCap is { Capped: true, PfsAmount: { } pfsAmount } cap && national.Amount is { } capped)
        {
            var pe = setting == FeeSetting.Facility ? r.FacilityPeOpps : r.NonFacilityPeOpps;
            priced.Add(new Amount(capped.Dollars, $"PFS national {name}{suffix}, OPPS-capped", setting,
                new Evidence(cap.Source, $"{label} OPPS cap: (WORK {(r.WorkRvu ?? 0m).ToString(CultureInfo.InvariantCulture)} + {name.ToUpperInvariant()} PE USED FOR OPPS "
                    + $"{pe!.Value.ToString(CultureInfo.InvariantCulture)} + MP USED FOR OPPS {(r.MalpracticeOppsRvu ?? 0m).ToString(CultureInfo.InvariantCulture)}) × CF "
                    + $"{r.ConversionFactor!.Value.ToString(CultureInfo.InvariantCulture)} = {capped}, below the PFS amount {pfsAmount}"), r.Modifier));
            beforeCap.Add(new Amount(pfsAmount.Dollars, $"PFS national {name}{suffix} {OppsCapFigure.BeforeCapPhrase}", setting,
                new Evidence(r.Source, PfsEvidence()), r.Modifier));
        }
        else if (national.Amount is { } amount)
            priced.Add(new Amount(amount.Dollars, $"PFS national {name}{suffix}", setting, new Evidence(r.Source, PfsEvidence()), r.Modifier));
        else if (national.NotPricedReason is { } reason)
            unpriced.Add(new Unpriced($"{label} in the {name} setting ({reason})", r.Modifier, setting, new Evidence(r.Source, $"{label} {name}: {reason}")));
    }

    /// <summary>
    /// When <paramref name="value"/> lies between the lowest and highest locality amount of a PFS row in a setting the page
    /// allows, a note saying so; else null.
    /// </summary>
    /// <param name="setting">The setting the page names.</param>
    /// <param name="value">The amount quoted.</param>
    /// <param name="beforeCap">True to bound by the PFS ranges before the OPPS cap (the page labels the amount so).</param>
    public string? LocalityRange(FeeSetting setting, decimal value, bool beforeCap = false)
    {
        foreach (var (pricing, label) in Pfs)
        {
            var ranges = beforeCap
                ? pricing.OppsCap is { } cap ? new[] { (cap.PfsNonFacilityRange, FeeSetting.NonFacility), (cap.PfsFacilityRange, FeeSetting.Facility) } : []
                : new[] { (pricing.NonFacilityRange, FeeSetting.NonFacility), (pricing.FacilityRange, FeeSetting.Facility) };
            foreach (var (range, name) in ranges)
            {
                if (range is null || !Allows(setting, name)) continue;
                if (value < range.Min.Dollars - 0.01m || value > range.Max.Dollars + 0.01m) continue;
                return $"within the {Name(name)} locality range of {label}{(beforeCap ? " " + OppsCapFigure.BeforeCapPhrase : "")} ({range.Min}–{range.Max}, {pricing.Row.Source} with "
                    + $"{range.Localities.ToString(CultureInfo.InvariantCulture)} GPCI localities); the page names no locality to check it against";
            }
        }
        return null;
    }

    /// <summary>The locality range of each priced PFS row in a setting the page allows, with the row's label (<c>86320-26</c>).</summary>
    public IEnumerable<(string Label, FeeSetting Setting, LocalityRange Range, Evidence Evidence)> Ranges(FeeSetting setting, string? modifier)
    {
        foreach (var (pricing, label) in Pfs)
        {
            if (modifier is not null && pricing.Row.Modifier != modifier && Pfs.Any(p => p.Pricing.Row.Modifier == modifier)) continue;
            if (pricing.NonFacilityRange is { } nf && Allows(setting, FeeSetting.NonFacility))
                yield return (label, FeeSetting.NonFacility, nf, new Evidence(pricing.Row.Source, $"{label} non-facility locality amounts {nf.Min} ({nf.MinLocality.Name}) to {nf.Max} ({nf.MaxLocality.Name}), {nf.Localities.ToString(CultureInfo.InvariantCulture)} localities"));
            if (pricing.FacilityRange is { } f && Allows(setting, FeeSetting.Facility))
                yield return (label, FeeSetting.Facility, f, new Evidence(pricing.Row.Source, $"{label} facility locality amounts {f.Min} ({f.MinLocality.Name}) to {f.Max} ({f.MaxLocality.Name}), {f.Localities.ToString(CultureInfo.InvariantCulture)} localities"));
        }
    }

    /// <summary>The amounts of the localities whose name contains <paramref name="name"/> (upper case), in a setting the page allows.</summary>
    public IEnumerable<(string Label, string Locality, Amount Amount)> LocalityAmounts(FeeSetting setting, string name, string? modifier)
    {
        foreach (var (pricing, label) in Pfs)
        {
            if (modifier is not null && pricing.Row.Modifier != modifier && Pfs.Any(p => p.Pricing.Row.Modifier == modifier)) continue;
            foreach (var l in pricing.Localities.Where(l => l.Locality.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                if (Allows(setting, FeeSetting.NonFacility) && l.NonFacility.Amount is { } nf)
                    yield return (label, l.Locality.Name, new Amount(nf.Dollars, $"{label} non-facility, {l.Locality.Name}", FeeSetting.NonFacility,
                        new Evidence(l.Locality.Source, $"{label} non-facility in {l.Locality.Name} (locality {l.Locality.Locality}) = {nf}")));
                if (Allows(setting, FeeSetting.Facility) && l.Facility.Amount is { } f)
                    yield return (label, l.Locality.Name, new Amount(f.Dollars, $"{label} facility, {l.Locality.Name}", FeeSetting.Facility,
                        new Evidence(l.Locality.Source, $"{label} facility in {l.Locality.Name} (locality {l.Locality.Locality}) = {f}")));
            }
        }
    }

    /// <summary>True when an amount of <paramref name="amountSetting"/> (null: CLFS, no setting) may be what the page means by <paramref name="named"/>.</summary>
    public static bool Allows(FeeSetting named, FeeSetting? amountSetting) =>
        named == FeeSetting.Any || amountSetting is null || amountSetting == named;

    public static string Name(FeeSetting setting) => setting == FeeSetting.Facility ? "facility" : "non-facility";
}
