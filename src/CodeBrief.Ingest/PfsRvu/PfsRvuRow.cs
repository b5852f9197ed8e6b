using System.Text.Json.Serialization;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// One row of the PFS national relative value file (one HCPCS code plus payment modifier), with the indicators as published.
/// </summary>
/// <remarks>RVUs are units, not dollars. A null RVU means the cell was blank in the file. Indicators are kept as their
/// one- to three-character codes, empty when blank; Analytics' <c>PfsIndicators</c> gives their meaning from the CMS RVU
/// layout. The operative shares are the decimal text the file gives (<c>0.10</c>). The columns no brief uses yet are
/// <c>init</c> properties marked <see cref="JsonIgnoreAttribute"/>: the dossier's JSON contract (which embeds this row)
/// stays as published, while the warehouse still stores every column.</remarks>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Modifier">Payment modifier (<c>26</c>, <c>TC</c>, <c>53</c>), or empty.</param>
/// <param name="Description">Short descriptor.</param>
/// <param name="Status">Status code (<c>A</c>, <c>R</c>, <c>T</c>, …).</param>
/// <param name="WorkRvu">Work RVU.</param>
/// <param name="NonFacilityPeRvu">Non-facility practice expense RVU.</param>
/// <param name="NonFacilityNotApplicable">True when the non-facility NA indicator is <c>NA</c>: no non-facility price.</param>
/// <param name="FacilityPeRvu">Facility practice expense RVU.</param>
/// <param name="FacilityNotApplicable">True when the facility NA indicator is <c>NA</c>: no facility price.</param>
/// <param name="MalpracticeRvu">Malpractice RVU.</param>
/// <param name="NonFacilityTotal">Non-facility total RVUs.</param>
/// <param name="FacilityTotal">Facility total RVUs.</param>
/// <param name="PctcIndicator">PC/TC indicator.</param>
/// <param name="GlobalDays">Global surgery days (<c>000</c>, <c>090</c>, <c>XXX</c>, …).</param>
/// <param name="IntraOperative">Intra-operative share of the global package, as decimal text, or empty.</param>
/// <param name="MultipleProcedure">Multiple procedure indicator.</param>
/// <param name="BilateralSurgery">Bilateral surgery indicator.</param>
/// <param name="AssistantSurgery">Assistant at surgery indicator.</param>
/// <param name="CoSurgery">Co-surgeons indicator.</param>
/// <param name="TeamSurgery">Team surgery indicator.</param>
/// <param name="ConversionFactor">Conversion factor in dollars.</param>
/// <param name="Source">The file row.</param>
public sealed record PfsRvuRow(
    string Code,
    string Modifier,
    string Description,
    string Status,
    decimal? WorkRvu,
    decimal? NonFacilityPeRvu,
    bool NonFacilityNotApplicable,
    decimal? FacilityPeRvu,
    bool FacilityNotApplicable,
    decimal? MalpracticeRvu,
    decimal? NonFacilityTotal,
    decimal? FacilityTotal,
    string PctcIndicator,
    string GlobalDays,
    string IntraOperative,
    string MultipleProcedure,
    string BilateralSurgery,
    string AssistantSurgery,
    string CoSurgery,
    string TeamSurgery,
    decimal? ConversionFactor,
    SourceRef Source)
{
    /// <summary>"Not used for Medicare payment" flag, or empty.</summary>
    [JsonIgnore] public string NotUsedForMedicare { get; init; } = "";

    /// <summary>Pre-operative share of the global package, as decimal text, or empty.</summary>
    [JsonIgnore] public string PreOperative { get; init; } = "";

    /// <summary>Post-operative share of the global package, as decimal text, or empty.</summary>
    [JsonIgnore] public string PostOperative { get; init; } = "";

    /// <summary>Endoscopic base code, or empty.</summary>
    [JsonIgnore] public string EndoscopicBase { get; init; } = "";

    /// <summary>Physician supervision of diagnostic procedures indicator, or empty.</summary>
    [JsonIgnore] public string PhysicianSupervision { get; init; } = "";

    /// <summary>Calculation flag, or empty.</summary>
    [JsonIgnore] public string CalculationFlag { get; init; } = "";

    /// <summary>Diagnostic imaging family indicator, or empty.</summary>
    [JsonIgnore] public string DiagnosticImagingFamily { get; init; } = "";

    /// <summary>Non-facility PE RVU used for the OPPS payment amount, or null.</summary>
    [JsonIgnore] public decimal? NonFacilityPeOpps { get; init; }

    /// <summary>Facility PE RVU used for the OPPS payment amount, or null.</summary>
    [JsonIgnore] public decimal? FacilityPeOpps { get; init; }

    /// <summary>Malpractice RVU used for the OPPS payment amount, or null.</summary>
    [JsonIgnore] public decimal? MalpracticeOppsRvu { get; init; }

    /// <summary>The file's text for an NA indicator: <c>NA</c>, or null for blank.</summary>
    public static string? NotApplicableText(bool notApplicable) => notApplicable ? "NA" : null;
}
