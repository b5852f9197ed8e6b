using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.ZipLocality;

/// <summary>One 5-digit ZIP code of the CMS ZIP to carrier locality file (<c>ZIP5_*.txt</c>).</summary>
/// <param name="Zip">The ZIP code, five digits.</param>
/// <param name="State">Two-letter state.</param>
/// <param name="Mac">Carrier (MAC) number, five digits.</param>
/// <param name="Locality">PFS locality number, two digits.</param>
/// <param name="RuralIndicator">Rural indicator (blank, <c>R</c> rural, <c>B</c> super rural), or null when blank.</param>
/// <param name="LabCompetitiveBiddingLocality">Lab competitive bidding locality, or null when blank.</param>
/// <param name="Plus4Flag"><c>1</c> when the ZIP needs its +4 extension to find the locality, else <c>0</c>.</param>
/// <param name="YearQuarter">The file's year and quarter as published (<c>20254</c>).</param>
/// <param name="Source">The file line.</param>
public sealed record ZipLocalityRow(string Zip, string State, string Mac, string Locality, string? RuralIndicator,
    string? LabCompetitiveBiddingLocality, string Plus4Flag, string YearQuarter, SourceRef Source);
