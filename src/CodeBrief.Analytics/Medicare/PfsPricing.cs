using CodeBrief.Ingest.PfsRvu;
using System.Text.Json.Serialization;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// Medicare PFS payment for one RVU row: national (unadjusted) amounts, the amount in every locality, and the range.
/// Every amount is what Medicare pays: for a code row the OPPS cap file names, the lesser of the PFS amount and the cap.
/// </summary>
/// <param name="Row">The RVU row priced.</param>
/// <param name="NonFacilityNational">Non-facility total RVU x conversion factor (capped by the OPPS amount where it applies).</param>
/// <param name="FacilityNational">Facility total RVU x conversion factor (capped by the OPPS amount where it applies).</param>
/// <param name="Localities">One entry per GPCI locality, in GPCI file order. Left out of JSON (109 entries per row); callers
/// that print locality amounts write them in a compact form.</param>
/// <param name="NonFacilityRange">Range of the non-facility locality amounts; null when not priced.</param>
/// <param name="FacilityRange">Range of the facility locality amounts; null when not priced.</param>
public sealed record PfsPricing(
    PfsRvuRow Row,
    PfsSettingAmount NonFacilityNational,
    PfsSettingAmount FacilityNational,
    [property: JsonIgnore] IReadOnlyList<LocalityAmount> Localities,
    LocalityRange? NonFacilityRange,
    LocalityRange? FacilityRange)
{
    /// <summary>The OPPS imaging cap across localities (uncapped and cap ranges, unpaired rows); null when the OPPS cap
    /// file does not name the code and modifier.</summary>
    public OppsCapSummary? OppsCap { get; init; }

    /// <summary>The non-facility amount by state: lowest and highest of each state's localities (the brief's state map).</summary>
    public IReadOnlyList<StateRange> NonFacilityByState => StateRange.Of(Localities, facility: false);

    /// <summary>The facility amount by state.</summary>
    public IReadOnlyList<StateRange> FacilityByState => StateRange.Of(Localities, facility: true);
}
