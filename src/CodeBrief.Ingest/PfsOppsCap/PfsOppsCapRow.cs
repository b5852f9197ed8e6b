using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsOppsCap;

/// <summary>One row of the PFS OPPS payment cap file (<c>OPPSCAP*.csv</c>): the capped prices of a code and modifier in
/// one carrier locality.</summary>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Modifier">Modifier, or empty.</param>
/// <param name="ProcedureStatus">Procedure status code (<c>PROCSTAT</c>).</param>
/// <param name="Mac">Carrier (MAC) number, zero-padded (<c>01112</c>).</param>
/// <param name="Locality">Locality number, zero-padded (<c>05</c>).</param>
/// <param name="FacilityPrice">Capped facility price, dollars.</param>
/// <param name="NonFacilityPrice">Capped non-facility price, dollars.</param>
/// <param name="Source">The file row.</param>
public sealed record PfsOppsCapRow(string Code, string Modifier, string ProcedureStatus, string Mac, string Locality, decimal? FacilityPrice,
    decimal? NonFacilityPrice, SourceRef Source);
