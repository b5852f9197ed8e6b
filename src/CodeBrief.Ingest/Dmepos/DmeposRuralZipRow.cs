using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>One ZIP code of the DMEPOS rural ZIP code file (CMS <c>DME Rural ZIP Code Quarter 1 2026.csv</c>).</summary>
/// <param name="State">Two-letter state.</param>
/// <param name="Zip">The ZIP code, five digits (the published file lost leading zeros; they are restored).</param>
/// <param name="YearQuarter">The file's <c>YEAR/QTR</c> as published (<c>202601</c>).</param>
/// <param name="Location"><c>RURAL</c>, or the name of the former competitive bidding area the ZIP lies in.</param>
/// <param name="Source">The file line.</param>
public sealed record DmeposRuralZipRow(string State, string Zip, string YearQuarter, string Location, SourceRef Source)
{
    /// <summary>The <c>LOCATION</c> that marks a rural ZIP.</summary>
    public const string RuralLocation = "RURAL";

    /// <summary>True when the file marks the ZIP rural (its <c>LOCATION</c> is <c>RURAL</c>); a ZIP listed under a former
    /// competitive bidding area is not rural.</summary>
    public bool IsRural => string.Equals(Location, RuralLocation, StringComparison.OrdinalIgnoreCase);
}
