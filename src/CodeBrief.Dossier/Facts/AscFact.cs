using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.AscAddenda;

namespace CodeBrief.Dossier.Facts;

/// <summary>One ASC Addendum AA or BB row of a code, with its payment indicator in words.</summary>
/// <param name="Row">The addendum row (carries its source).</param>
/// <param name="IndicatorMeaning">The payment indicator's meaning (<see cref="Analytics.Medicare.OutpatientIndicators.AscPayment"/>).</param>
public sealed record AscFact(AscRateRow Row, string IndicatorMeaning)
{
    /// <summary>The addendum row of the fact (the same as <c>Row.Source</c>).</summary>
    public SourceRef Source => Row.Source;
}
