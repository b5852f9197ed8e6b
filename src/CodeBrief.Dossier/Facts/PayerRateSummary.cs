using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// Benchmark of one payer's fee-for-service negotiated rates for the code in one stratum (billing class, setting, place of
/// service, modifier group, negotiated type), from loaded price-transparency files, as the brief prints it.
/// </summary>
/// <remarks>
/// Amounts are dollars rounded to cents (scale 2) when <see cref="IsDollarPerService"/>; otherwise they are whole-number
/// percent or per-diem values as the file gives them and are never compared with Medicare. Percentages of Medicare are
/// rounded to one decimal (scale 1) and are null when no matching Medicare amount was loaded. Bundle and capitation
/// arrangements never enter. Statistics follow <see cref="PercentileMethod"/> after the outlier rule.
/// </remarks>
/// <param name="Payer">Payer name as loaded (synthetic files already end in <c>(synthetic)</c>).</param>
/// <param name="IsSynthetic">True when any of the rates come from a synthetic file.</param>
/// <param name="BillingClass"><c>professional</c>, <c>institutional</c> or <c>both</c>.</param>
/// <param name="Setting"><c>inpatient</c>, <c>outpatient</c>, <c>both</c> or <c>unspecified</c> (schema 1.x files).</param>
/// <param name="PlaceOfService"><c>facility</c>, <c>non-facility</c>, <c>mixed</c> or <c>unspecified</c>.</param>
/// <param name="ModifierGroup"><c>global</c>, <c>26</c>, <c>TC</c> or <c>other</c>.</param>
/// <param name="NegotiatedType"><c>negotiated</c>, <c>derived</c>, <c>fee schedule</c>, <c>percentage</c> or <c>per diem</c>.</param>
/// <param name="IsDollarPerService">True for dollar-per-service types; false for percentage and per-diem rates.</param>
/// <param name="N">Rates after outlier removal.</param>
/// <param name="OutliersRemoved">Rates the outlier rule removed.</param>
/// <param name="OutlierRuleApplied">Which branch of <see cref="OutlierRule"/> applied.</param>
/// <param name="Groups">Distinct provider groups (per source file).</param>
/// <param name="Npis">Distinct NPIs of resolved groups; null when no group was resolved.</param>
/// <param name="Tins">Distinct TINs of resolved groups; null when no group was resolved.</param>
/// <param name="Min">Lowest rate.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">Highest rate.</param>
/// <param name="MedicareAmount">The Medicare amount compared with (dollars), or null.</param>
/// <param name="MedicareBasis">What that amount is (<c>PFS national facility, modifier none</c>), or null.</param>
/// <param name="MedicareSource">The CLFS or PFS row of that amount, or null.</param>
/// <param name="MinPercentOfMedicare">Min as % of Medicare.</param>
/// <param name="P10PercentOfMedicare">P10 as % of Medicare.</param>
/// <param name="P25PercentOfMedicare">P25 as % of Medicare.</param>
/// <param name="MedianPercentOfMedicare">Median as % of Medicare.</param>
/// <param name="P75PercentOfMedicare">P75 as % of Medicare.</param>
/// <param name="P90PercentOfMedicare">P90 as % of Medicare.</param>
/// <param name="MaxPercentOfMedicare">Max as % of Medicare.</param>
/// <param name="Confidence"><c>high</c>, <c>medium</c> or <c>low</c> per <see cref="ConfidenceRule"/>.</param>
/// <param name="PercentileMethod">How percentiles are computed, in words.</param>
/// <param name="OutlierRule">The published outlier rule, in words.</param>
/// <param name="ConfidenceRule">The confidence rule, in words.</param>
/// <param name="Sources">The price-transparency files the rates came from (row 0: the file's rates for this code).</param>
/// <param name="Raw">The stratum's rates before the outlier rule (n, min, p10, median, p90, max); null only where a summary is made without them.</param>
public sealed record PayerRateSummary(
    string Payer, bool IsSynthetic, string BillingClass, string Setting, string PlaceOfService, string ModifierGroup, string NegotiatedType,
    bool IsDollarPerService, int N, int OutliersRemoved, string OutlierRuleApplied, int Groups, int? Npis, int? Tins,
    decimal Min, decimal P10, decimal P25, decimal Median, decimal P75, decimal P90, decimal Max,
    decimal? MedicareAmount, string? MedicareBasis, SourceRef? MedicareSource,
    decimal? MinPercentOfMedicare, decimal? P10PercentOfMedicare, decimal? P25PercentOfMedicare, decimal? MedianPercentOfMedicare,
    decimal? P75PercentOfMedicare, decimal? P90PercentOfMedicare, decimal? MaxPercentOfMedicare,
    string Confidence, string PercentileMethod, string OutlierRule, string ConfidenceRule, IReadOnlyList<SourceRef> Sources,
    CodeBrief.Analytics.Benchmarks.RateDistribution? Raw = null)
{
    /// <summary>The stratum in words: <c>professional, unspecified setting, facility, global, negotiated</c>.</summary>
    public string Stratum => $"{BillingClass}, {Setting} setting, {PlaceOfService} place of service, modifier {ModifierGroup}, {NegotiatedType}";
}
