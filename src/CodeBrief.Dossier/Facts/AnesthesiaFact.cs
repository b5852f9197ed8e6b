using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.AnesthesiaBaseUnits;

namespace CodeBrief.Dossier.Facts;

/// <summary>How Medicare prices an anesthesia code (00100 to 01999): the formula, the code's base units and the
/// anesthesia conversion factor nationally and across localities.</summary>
/// <param name="Formula">The formula in words (<see cref="AnesthesiaPricing.Formula"/>).</param>
/// <param name="BaseUnits">The code's row of the anesthesia base units file; null when that file is not loaded or lacks the code.</param>
/// <param name="Factors">The national factor and the locality range; null when no <c>ANES*.csv</c> is loaded.</param>
public sealed record AnesthesiaFact(string Formula, AnesthesiaBaseUnitRow? BaseUnits, AnesthesiaFactors? Factors)
{
    /// <summary>Every row the fact cites: the base units row, the header stating the national factor, and the lowest and
    /// highest locality rows; empty when neither file is loaded.</summary>
    public IReadOnlyList<SourceRef> Sources =>
    [
        .. BaseUnits is { } bu ? [bu.Source] : Array.Empty<SourceRef>(),
        .. Factors is { } f ? [f.NationalSource, f.Min.Row.Source, f.Max.Row.Source] : Array.Empty<SourceRef>(),
    ];
}
