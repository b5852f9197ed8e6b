using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsOppsCap;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// How the OPPS imaging cap bears on one PFS code row across localities: the uncapped PFS ranges beside the cap rows'
/// ranges, and the cap rows or localities that could not be paired.
/// </summary>
/// <param name="CapRows">How many rows of the OPPS cap file name the code and modifier.</param>
/// <param name="CappedLocalities">In how many localities the non-facility cap is below the PFS amount (so the cap is paid).</param>
/// <param name="PfsNonFacilityRange">Range of the non-facility PFS amounts before the cap; null when not priced.</param>
/// <param name="PfsFacilityRange">Range of the facility PFS amounts before the cap; null when not priced.</param>
/// <param name="CapNonFacilityRange">Range of the cap file's non-facility prices over the GPCI localities; for a
/// carrier-priced code, the ceiling of the contractors' prices. Null when the setting has no cap figure to show.</param>
/// <param name="CapFacilityRange">The same for the facility prices (null when the PFS does not price the facility setting:
/// an NA indicator is not overridden by a cap row).</param>
/// <param name="UnknownLocalities">Cap rows for a carrier and locality the GPCI file does not list: reported, not used.</param>
/// <param name="LocalitiesWithoutCapRow">GPCI localities for which the cap file has no row of this code and modifier:
/// their amounts are the uncapped PFS amounts.</param>
public sealed record OppsCapSummary(
    int CapRows,
    int CappedLocalities,
    LocalityRange? PfsNonFacilityRange,
    LocalityRange? PfsFacilityRange,
    LocalityRange? CapNonFacilityRange,
    LocalityRange? CapFacilityRange,
    IReadOnlyList<PfsOppsCapRow> UnknownLocalities,
    IReadOnlyList<GpciLocality> LocalitiesWithoutCapRow);
