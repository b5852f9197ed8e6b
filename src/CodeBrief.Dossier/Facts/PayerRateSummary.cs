using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// Benchmark of one payer's negotiated rates for the code (from price-transparency files), as the brief prints it.
/// </summary>
/// <param name="Payer">Payer name as the file gives it.</param>
/// <param name="Plan">Plan or network name.</param>
/// <param name="IsSynthetic">True when the rates are synthetic demo data.</param>
/// <param name="Strata">Stratum labels (setting, billing class, place of service).</param>
/// <param name="N">Number of rates after outlier removal.</param>
/// <param name="Min">Lowest rate.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">Highest rate.</param>
/// <param name="PercentOfMedicare">Median as a percentage of the Medicare amount; null when no Medicare amount.</param>
/// <param name="Confidence">Confidence label.</param>
/// <param name="OutliersRemoved">How many rates the outlier rule removed.</param>
/// <param name="Rule">The outlier and statistics rule in words.</param>
/// <param name="Sources">The files the rates came from.</param>
public sealed record PayerRateSummary(string Payer, string Plan, bool IsSynthetic, IReadOnlyList<string> Strata, int N,
    Money Min, Money P10, Money P25, Money Median, Money P75, Money P90, Money Max, decimal? PercentOfMedicare,
    string Confidence, int OutliersRemoved, string Rule, IReadOnlyList<SourceRef> Sources);
