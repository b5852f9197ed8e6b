namespace CodeBrief.Verify.Page;

/// <summary>A table on the page: header, classified columns and body rows.</summary>
/// <param name="Section">The section heading the table sits under.</param>
/// <param name="HeaderLine">1-based line of the header row.</param>
/// <param name="Columns">The columns, classified from their headers.</param>
/// <param name="Rows">Body rows in page order.</param>
public sealed record PageTable(string Section, int HeaderLine, IReadOnlyList<PageColumn> Columns, IReadOnlyList<PageRow> Rows)
{
    /// <summary>Index of the first column with <paramref name="role"/>, or -1.</summary>
    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Role == role) return i;
        return -1;
    }
}
