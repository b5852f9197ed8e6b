using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// One row of the PFS national relative value file (one HCPCS code plus payment modifier), with the indicators as published.
/// </summary>
/// <remarks>RVUs are units, not dollars. A null RVU means the cell was blank in the file. Indicators are kept as their
/// one- to three-character codes; Analytics' <c>PfsIndicators</c> gives their meaning from the CMS RVU layout.</remarks>
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
    SourceRef Source);
