namespace CodeBrief.Ingest.Tabular;

/// <summary>
/// The layout of a publisher's table that sits below title and note rows: how its header row is known, and the columns
/// a reader needs from it.
/// </summary>
/// <param name="Name">What the file is, for messages (<c>OPPS Addendum B</c>).</param>
/// <param name="HeaderSearchRows">How far down the header may sit.</param>
/// <param name="IsHeader">Recognises the header row by a few key cells, so a file with one renamed column is still
/// recognised, and then refused with the column named, rather than passed over as an unknown file.</param>
/// <param name="Columns">Every column the reader needs, in the order it asks for them.</param>
/// <param name="Fix">The sentence that ends a header error: what the user can do.</param>
internal sealed record TitledLayout(string Name, int HeaderSearchRows, Func<TableRow, bool> IsHeader, IReadOnlyList<ColumnSpec> Columns, string Fix)
{
    /// <summary>The header row's cells, joined, as the layout expects them.</summary>
    public string Expected => string.Join(", ", Columns.Select(c => c.Label));

    /// <summary>True when some cell of <paramref name="row"/> is <paramref name="name"/> (case and spaces ignored).</summary>
    public static bool Has(TableRow row, string name) => ColumnSpec.Named(name).IndexIn(row) >= 0;

    /// <summary>True when some cell of <paramref name="row"/> ends with <paramref name="suffix"/> (case and spaces ignored).</summary>
    public static bool HasEnding(TableRow row, string suffix) => ColumnSpec.EndingWith(suffix).IndexIn(row) >= 0;
}
