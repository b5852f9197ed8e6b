using CodeBrief.Ingest.PfsGpci;
namespace CodeBrief.Analytics.Medicare;

/// <summary>The GPCI-adjusted PFS amounts of one code row in one locality.</summary>
/// <param name="Locality">The locality and its GPCI row.</param>
/// <param name="NonFacility">Non-facility amount.</param>
/// <param name="Facility">Facility amount.</param>
public sealed record LocalityAmount(GpciLocality Locality, PfsSettingAmount NonFacility, PfsSettingAmount Facility);
