namespace CodeBrief.Analytics.Benchmarks;

/// <summary>The Medicare amount a commercial rate is compared with, computed by the caller (the dossier) from CLFS or PFS.</summary>
/// <param name="Code">The billing code.</param>
/// <param name="ModifierGroup"><c>global</c>, <c>26</c> or <c>TC</c>.</param>
/// <param name="NonFacility">Dollars, non-facility (CLFS: the one national limit); null when Medicare has none.</param>
/// <param name="Facility">Dollars, facility; null when Medicare has none.</param>
/// <param name="Source">Where the amount comes from (<c>PFS 2026 RVU26A, national</c>), printed beside each percentage.</param>
public sealed record MedicareAmount(string Code, string ModifierGroup, decimal? NonFacility, decimal? Facility, string Source);
