using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Reference;

/// <summary>
/// One data row of a reference file: either its column values or the reason it was rejected.
/// </summary>
/// <param name="Row">1-based line number for text files, 1-based sheet row for workbooks; this becomes <c>row</c> in the warehouse.</param>
/// <param name="Values">Values in <see cref="IReferenceFormat.Columns"/> order; null when <paramref name="Problem"/> is set.
/// Decimals are invariant-culture text (<c>"24.11"</c>), codes upper case, missing values null.</param>
/// <param name="Problem">Why the row was rejected; null for a good row.</param>
public readonly record struct RowResult(long Row, string?[]? Values, InputFormatException? Problem)
{
    /// <summary>A good row.</summary>
    public static RowResult Ok(long row, string?[] values) => new(row, values, null);

    /// <summary>A rejected row.</summary>
    public static RowResult Rejected(long row, InputFormatException problem) => new(row, null, problem);
}
