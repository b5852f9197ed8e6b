using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsAnesthesia;

/// <summary>One locality of the anesthesia conversion factor file (<c>ANES*.csv</c>).</summary>
/// <param name="Mac">Medicare administrative contractor number, zero-padded (<c>02102</c>).</param>
/// <param name="Locality">Locality number, zero-padded (<c>01</c>).</param>
/// <param name="LocalityName">Locality name as published, or null.</param>
/// <param name="ConversionFactor">The locality's anesthesia conversion factor, dollars per base unit.</param>
/// <param name="NationalConversionFactor">The national anesthesia conversion factor stated in the header, dollars.</param>
/// <param name="Source">The file row.</param>
public sealed record PfsAnesthesiaRow(string Mac, string Locality, string? LocalityName, decimal? ConversionFactor,
    decimal NationalConversionFactor, SourceRef Source);
