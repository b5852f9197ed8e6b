namespace CodeBrief.Verify.Page;

/// <summary>One body row of a page table.</summary>
/// <param name="Line">1-based line of the page.</param>
/// <param name="Cells">Cell texts, trimmed, in column order (a short row has fewer cells than the header).</param>
public sealed record PageRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell under column <paramref name="index"/>, or an empty string when the row is short.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}
