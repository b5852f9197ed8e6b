namespace CodeBrief.Render.Site;

/// <summary>
/// One row of the payer rate chart: the spread of one payer's negotiated rates for a code (dollars), as the dossier states it.
/// The chart draws these numbers; it computes none of its own.
/// </summary>
/// <param name="Label">Payer (and stratum, such as place of service) as printed.</param>
/// <param name="P10">10th percentile, dollars.</param>
/// <param name="P25">25th percentile (lower quartile), dollars.</param>
/// <param name="Median">Median, dollars.</param>
/// <param name="P75">75th percentile (upper quartile), dollars.</param>
/// <param name="P90">90th percentile, dollars.</param>
/// <param name="Count">How many rates the percentiles summarise.</param>
/// <param name="Source">Where the rates came from (file and version), as printed.</param>
public sealed record RateDistribution(string Label, decimal P10, decimal P25, decimal Median, decimal P75, decimal P90, long Count, string Source);
