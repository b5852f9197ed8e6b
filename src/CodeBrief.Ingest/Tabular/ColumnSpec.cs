using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Tabular;

/// <summary>A column a layout requires, found in the header row by its name (case, spaces and line breaks ignored).</summary>
/// <param name="Label">The name as the publisher's layout gives it, for messages.</param>
/// <param name="Matches">True for a header cell that is this column.</param>
internal sealed record ColumnSpec(string Label, Func<string, bool> Matches)
{
    /// <summary>A column whose header is exactly <paramref name="name"/>.</summary>
    public static ColumnSpec Named(string name) =>
        new(name, cell => string.Equals(CsvFile.Squeeze(cell), CsvFile.Squeeze(name), StringComparison.OrdinalIgnoreCase));

    /// <summary>A column whose header ends with <paramref name="suffix"/>: CMS prefixes some with the quarter
    /// (<c>January 2025 Payment Rate</c>).</summary>
    public static ColumnSpec EndingWith(string suffix) =>
        new("<quarter> " + suffix, cell => CsvFile.Squeeze(cell).EndsWith(CsvFile.Squeeze(suffix), StringComparison.OrdinalIgnoreCase));

    /// <summary>The index of the first cell of <paramref name="header"/> that is this column, or -1.</summary>
    public int IndexIn(TableRow header) => Array.FindIndex(header.Cells, c => c.Length > 0 && Matches(c));
}
