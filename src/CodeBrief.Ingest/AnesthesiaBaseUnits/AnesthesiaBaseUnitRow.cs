using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.AnesthesiaBaseUnits;

/// <summary>One code of CMS's anesthesia base units file.</summary>
/// <param name="Code">The anesthesia code (00100 to 01999).</param>
/// <param name="BaseUnits">The base units CMS assigns the code.</param>
/// <param name="Source">The file row.</param>
public sealed record AnesthesiaBaseUnitRow(string Code, decimal BaseUnits, SourceRef Source);
