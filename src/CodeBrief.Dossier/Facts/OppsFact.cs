using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.OppsAddendumB;

namespace CodeBrief.Dossier.Facts;

/// <summary>One OPPS Addendum B row of a code, with its status indicator in words.</summary>
/// <param name="Row">The Addendum B row (carries its source).</param>
/// <param name="StatusMeaning">The status indicator's meaning (<see cref="Analytics.Medicare.OutpatientIndicators.OppsStatus"/>).</param>
public sealed record OppsFact(OppsRateRow Row, string StatusMeaning)
{
    /// <summary>The addendum row of the fact (the same as <c>Row.Source</c>).</summary>
    public SourceRef Source => Row.Source;
}
