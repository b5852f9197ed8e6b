using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>One PFS RVU row of a code (one payment modifier) with its indicators in words and its Medicare amounts.</summary>
/// <param name="Modifier">Payment modifier of the row, empty for the global row.</param>
/// <param name="Row">The RVU row as loaded (carries its source).</param>
/// <param name="StatusMeaning">Status code meaning (RVU25D layout).</param>
/// <param name="PctcMeaning">PC/TC indicator meaning.</param>
/// <param name="GlobalDaysMeaning">Global days meaning.</param>
/// <param name="MultipleProcedureMeaning">Multiple procedure indicator meaning.</param>
/// <param name="BilateralMeaning">Bilateral surgery indicator meaning.</param>
/// <param name="AssistantMeaning">Assistant at surgery indicator meaning.</param>
/// <param name="CoSurgeonMeaning">Co-surgeon indicator meaning.</param>
/// <param name="TeamMeaning">Team surgery indicator meaning.</param>
/// <param name="Pricing">National and per-locality amounts.</param>
public sealed record PfsEntry(string Modifier, PfsRvuRow Row, string StatusMeaning, string PctcMeaning, string GlobalDaysMeaning,
    string MultipleProcedureMeaning, string BilateralMeaning, string AssistantMeaning, string CoSurgeonMeaning, string TeamMeaning,
    PfsPricing Pricing)
{
    /// <summary>The RVU file row of the entry (the same as <c>Row.Source</c>).</summary>
    public SourceRef Source => Row.Source;
}
