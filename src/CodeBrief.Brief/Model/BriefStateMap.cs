using CodeBrief.Core.Provenance;

namespace CodeBrief.Brief.Model;

/// <summary>
/// An amount per U.S. state, drawn in HTML as a tile-grid map (one tile per state) with a table beside it, and printed in
/// Markdown as the table alone.
/// </summary>
/// <param name="Caption">What the amounts are (the map's title and the table's caption).</param>
/// <param name="States">One entry per state the data has, in state order.</param>
public sealed record BriefStateMap(string Caption, IReadOnlyList<BriefStateValue> States) : BriefBlock;

/// <summary>One state's amount on a <see cref="BriefStateMap"/>.</summary>
/// <param name="State">Two-letter USPS state or territory code.</param>
/// <param name="Text">The amount as printed (a range of the state's localities, or one fee).</param>
/// <param name="Low">The lowest amount in dollars (colours the tile); null when the state has none.</param>
/// <param name="Sources">The rows the amount comes from.</param>
public sealed record BriefStateValue(string State, string Text, decimal? Low, IReadOnlyList<SourceRef> Sources);
