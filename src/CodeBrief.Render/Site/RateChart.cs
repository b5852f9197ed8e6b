namespace CodeBrief.Render.Site;

/// <summary>The payer rate chart of one code: one row per payer, and the Medicare amount as a reference line when known.</summary>
/// <param name="Code">The code the chart is about (used in ids and the text alternative).</param>
/// <param name="Rows">The payer rows, drawn top to bottom in this order.</param>
/// <param name="MedicareAmount">The Medicare amount for the code in dollars, or null when the inputs have none.</param>
/// <param name="MedicareLabel">What the Medicare amount is, with its source (for instance "CLFS national limit, CLFS 2025 Q2V1").</param>
public sealed record RateChart(string Code, IReadOnlyList<RateDistribution> Rows, decimal? MedicareAmount, string MedicareLabel)
{
    /// <summary>The chart's title (its accessible name); by default "Negotiated rates for CODE by payer".</summary>
    public string Title { get; init; } = $"Negotiated rates for {Code} by payer";

    /// <summary>The element id, unique on the page (several charts share a page when each payer has its own).</summary>
    public string Id { get; init; } = "rate-chart-" + Code;

    /// <summary>What one row is, as the table's first column header ("Payer", or "Stratum" on a payer's own chart).</summary>
    public string RowHeader { get; init; } = "Payer";
}
