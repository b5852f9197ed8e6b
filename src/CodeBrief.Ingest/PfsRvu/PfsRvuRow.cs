using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// One row of the PFS national relative value file (one HCPCS code plus payment modifier), with the indicators as published.
/// </summary>
/// <remarks>RVUs are units, not dollars. A null RVU means the cell was blank in the file. Indicators are kept as their
/// one- to three-character codes, empty when blank; Analytics' <c>PfsIndicators</c> gives their meaning from the CMS RVU
/// layout. The operative shares (pre, intra, post) are kept as the decimal text the file gives (<c>0.10</c>).</remarks>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Modifier">Payment modifier (<c>26</c>, <c>TC</c>, <c>53</c>), or empty.</param>
/// <param name="Description">Short descriptor.</param>
/// <param name="Status">Status code (<c>A</c>, <c>R</c>, <c>T</c>, …).</param>
/// <param name="NotUsedForMedicare">"Not used for Medicare payment" flag, or empty.</param>
/// <param name="WorkRvu">Work RVU.</param>
/// <param name="NonFacilityPeRvu">Non-facility practice expense RVU.</param>
/// <param name="NonFacilityNaIndicator">The non-facility NA indicator as published (<c>NA</c>), or empty.</param>
/// <param name="FacilityPeRvu">Facility practice expense RVU.</param>
/// <param name="FacilityNaIndicator">The facility NA indicator as published (<c>NA</c>), or empty.</param>
/// <param name="MalpracticeRvu">Malpractice RVU.</param>
/// <param name="NonFacilityTotal">Non-facility total RVUs.</param>
/// <param name="FacilityTotal">Facility total RVUs.</param>
/// <param name="PctcIndicator">PC/TC indicator.</param>
/// <param name="GlobalDays">Global surgery days (<c>000</c>, <c>090</c>, <c>XXX</c>, …).</param>
/// <param name="PreOperative">Pre-operative share of the global package, as decimal text, or empty.</param>
/// <param name="IntraOperative">Intra-operative share, as decimal text, or empty.</param>
/// <param name="PostOperative">Post-operative share, as decimal text, or empty.</param>
/// <param name="MultipleProcedure">Multiple procedure indicator.</param>
/// <param name="BilateralSurgery">Bilateral surgery indicator.</param>
/// <param name="AssistantSurgery">Assistant at surgery indicator.</param>
/// <param name="CoSurgery">Co-surgeons indicator.</param>
/// <param name="TeamSurgery">Team surgery indicator.</param>
/// <param name="EndoscopicBase">Endoscopic base code, or empty.</param>
/// <param name="ConversionFactor">Conversion factor in dollars.</param>
/// <param name="PhysicianSupervision">Physician supervision of diagnostic procedures indicator, or empty.</param>
/// <param name="CalculationFlag">Calculation flag, or empty.</param>
/// <param name="DiagnosticImagingFamily">Diagnostic imaging family indicator, or empty.</param>
/// <param name="NonFacilityPeOpps">Non-facility PE RVU used for the OPPS payment amount, or null.</param>
/// <param name="FacilityPeOpps">Facility PE RVU used for the OPPS payment amount, or null.</param>
/// <param name="MalpracticeOpps">Malpractice RVU used for the OPPS payment amount, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record PfsRvuRow(
    string Code,
    string Modifier,
    string Description,
    string Status,
    string NotUsedForMedicare,
    decimal? WorkRvu,
    decimal? NonFacilityPeRvu,
    string NonFacilityNaIndicator,
    decimal? FacilityPeRvu,
    string FacilityNaIndicator,
    decimal? MalpracticeRvu,
    decimal? NonFacilityTotal,
    decimal? FacilityTotal,
    string PctcIndicator,
    string GlobalDays,
    string PreOperative,
    string IntraOperative,
    string PostOperative,
    string MultipleProcedure,
    string BilateralSurgery,
    string AssistantSurgery,
    string CoSurgery,
    string TeamSurgery,
    string EndoscopicBase,
    decimal? ConversionFactor,
    string PhysicianSupervision,
    string CalculationFlag,
    string DiagnosticImagingFamily,
    decimal? NonFacilityPeOpps,
    decimal? FacilityPeOpps,
    decimal? MalpracticeOpps,
    SourceRef Source)
{
    /// <summary>True when the non-facility NA indicator is <c>NA</c>: no non-facility price.</summary>
    public bool NonFacilityNotApplicable => IsNotApplicable(NonFacilityNaIndicator);

    /// <summary>True when the facility NA indicator is <c>NA</c>: no facility price.</summary>
    public bool FacilityNotApplicable => IsNotApplicable(FacilityNaIndicator);

    private static bool IsNotApplicable(string indicator) => indicator.Equals("NA", StringComparison.OrdinalIgnoreCase);
}
