using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>One row of the Clinical Laboratory Fee Schedule national file.</summary>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Modifier">Modifier (<c>QW</c>) or empty.</param>
/// <param name="Year">Fee schedule year.</param>
/// <param name="EffectiveDate">Effective date (YYYYMMDD) as published.</param>
/// <param name="Indicator"><c>N</c> = national limit in the rate; <c>L</c> = no national amount (priced locally).</param>
/// <param name="Rate">The published rate; for <c>L</c> rows it is 0.00 and means nothing.</param>
/// <param name="ShortDescription">Short descriptor (CPT text is AMA copyright; shown only because the user loaded the file).</param>
/// <param name="LongDescription">Long (consumer) descriptor.</param>
/// <param name="ExtendedDescription">Extended long descriptor (the full CPT descriptor for CPT codes).</param>
/// <param name="Source">The CLFS row.</param>
public sealed record ClfsRow(string Code, string Modifier, string Year, string EffectiveDate, string Indicator, decimal? Rate,
    string ShortDescription, string LongDescription, string ExtendedDescription, SourceRef Source)
{
    /// <summary>The national limitation amount, or null when the row has none (indicator L or no rate).</summary>
    public Money? NationalLimit => Indicator == "L" || Rate is null ? null : Money.FromDollarsRounded(Rate.Value);
}
