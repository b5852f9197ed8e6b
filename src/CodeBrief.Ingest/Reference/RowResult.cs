using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Reference;

/// <summary>
/// One data row of a reference file: either the typed row or the reason it was rejected.
/// </summary>
/// <typeparam name="TRow">The dataset's row record.</typeparam>
/// <param name="Row">1-based line number for text files, 1-based sheet row for workbooks; this becomes <c>row</c> in the
/// warehouse and <see cref="Core.Provenance.SourceRef.Row"/> of <paramref name="Value"/>.</param>
/// <param name="Value">The row; null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the row was rejected; null for a good row.</param>
public readonly record struct RowResult<TRow>(long Row, TRow? Value, InputFormatException? Problem)
    where TRow : class
{
    /// <summary>A good row.</summary>
    public static RowResult<TRow> Ok(long row, TRow value) => new(row, value, null);

    /// <summary>A rejected row.</summary>
    public static RowResult<TRow> Rejected(long row, InputFormatException problem) => new(row, null, problem);
}
