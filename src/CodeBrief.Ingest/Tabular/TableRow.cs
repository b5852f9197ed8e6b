using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.Tabular;

/// <summary>One row of a CSV file or of a workbook's first sheet, as trimmed text cells.</summary>
/// <param name="Row">1-based line (CSV) or sheet row (workbook): the row a fact cites.</param>
/// <param name="Cells">The cells, trimmed; "" for a blank cell.</param>
/// <param name="Sheet">The sheet name for a workbook row; null for a CSV line.</param>
internal sealed record TableRow(long Row, string[] Cells, string? Sheet)
{
    /// <summary>Cell <paramref name="index"/>, or "" past the end of the row.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index] : "";

    /// <summary>True when every cell is blank (the spacer rows CMS leaves between titles and data).</summary>
    public bool IsBlank => Cells.All(c => c.Length == 0);

    /// <summary>
    /// True for a note below or between the data: prose in the first cell only (a space in it, or a leading <c>*</c>), so a
    /// data row cut down to its code is still read, and rejected, rather than skipped.
    /// </summary>
    public bool IsNote
    {
        get
        {
            var first = Cell(0);
            if (first.Length == 0 || (first[0] != '*' && !first.Contains(' ', StringComparison.Ordinal))) return false;
            return Cells.Skip(1).All(c => c.Length == 0);
        }
    }

    /// <summary>Where the row (and <paramref name="column"/>, 0-based, when given) is, for messages.</summary>
    public InputLocation Location(int? column = null) => Sheet is null
        ? new InputLocation(Line: Row)
        : new InputLocation(Cell: WorkbookSheet.CellName(Sheet, column ?? 0, Row));

    /// <summary>The row's cells joined as one CSV line, for quoting in messages.</summary>
    public string Text => string.Join(',', Cells);
}
