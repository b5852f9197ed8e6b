using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>
/// One state's fees of one row of the DMEPOS fee schedule (CMS <c>DMEPOS26_JAN.csv</c>): the file has one line per HCPCS
/// code and payment modifier combination with a non-rural and a rural fee column for each of 53 jurisdictions; the reader
/// yields one of these per line and state, each citing that line.
/// </summary>
/// <param name="Code">HCPCS Level II code.</param>
/// <param name="Modifier">First payment modifier (<c>NU</c>, <c>RR</c>, <c>UE</c>…), or "" when the row has none.</param>
/// <param name="Modifier2">Second modifier (<c>KU</c>, <c>KF</c>…), or "".</param>
/// <param name="Jurisdiction"><c>JURIS</c> as published: <c>D</c>, <c>L</c> or <c>J</c>.</param>
/// <param name="Category"><c>CATG</c>, the payment category as published (<c>CR</c>, <c>IN</c>, <c>PO</c>…).</param>
/// <param name="Ceiling">National ceiling; 0 where the file uses none.</param>
/// <param name="Floor">National floor; 0 where the file uses none.</param>
/// <param name="State">Two-letter jurisdiction of the fee columns (<c>CA</c>, <c>PR</c>, <c>VI</c>).</param>
/// <param name="NonRuralFee">The <c>(NR)</c> fee; 0 means the file gives no fee.</param>
/// <param name="RuralFee">The <c>(R)</c> fee; 0 means the file gives no rural fee.</param>
/// <param name="Description">HCPCS short descriptor as published (CMS text), or null.</param>
/// <param name="Source">The file line.</param>
public sealed record DmeposFeeRow(string Code, string Modifier, string Modifier2, string Jurisdiction, string Category,
    decimal Ceiling, decimal Floor, string State, decimal NonRuralFee, decimal RuralFee, string? Description, SourceRef Source);
