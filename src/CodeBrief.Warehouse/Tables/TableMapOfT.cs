using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The <see cref="TableMap"/> of rows of <typeparamref name="TRow"/>.</summary>
/// <typeparam name="TRow">The Ingest record type.</typeparam>
public sealed class TableMap<TRow> : TableMap
    where TRow : class
{
    private readonly Func<TRow, string?>[] _cells;

    /// <summary>A map writing <paramref name="columns"/>, each named beside the function giving its cell.</summary>
    /// <param name="table">The table's name.</param>
    /// <param name="columns">Each column and its cell, in table order; a name appears once.</param>
    public TableMap(string table, IReadOnlyList<(string Column, Func<TRow, string?> Cell)> columns)
        : base(table, [.. columns.Select(c => c.Column)])
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (Columns.Distinct(StringComparer.Ordinal).Count() != Columns.Count)
            throw new ArgumentException($"Table map {table} names a column twice.", nameof(columns));
        _cells = [.. columns.Select(c => c.Cell)];
    }

    /// <inheritdoc />
    public override Type RowType => typeof(TRow);

    /// <summary>Writes the cells of <paramref name="row"/> into <paramref name="cells"/>, in <see cref="TableMap.Columns"/> order.</summary>
    /// <param name="row">The row.</param>
    /// <param name="cells">At least <see cref="TableMap.Columns"/> long; reused from row to row by the loader.</param>
    public void Write(TRow row, string?[] cells)
    {
        for (var i = 0; i < _cells.Length; i++) cells[i] = _cells[i](row);
    }

    /// <inheritdoc />
    public override string?[] Cells(object row)
    {
        if (row is not TRow typed) throw new ArgumentException($"Table map {Table} writes {typeof(TRow).Name} rows, not {row?.GetType().Name}.", nameof(row));
        var cells = new string?[_cells.Length];
        Write(typed, cells);
        return cells;
    }

    /// <inheritdoc />
    public override IEnumerable<RowResult<string?[]>> ReadCells(IReferenceFormat format, string path, CancellationToken cancellationToken)
    {
        if (format is not IReferenceFormat<TRow> typed) throw NotMine(format);
        return Read(typed, path, cancellationToken);

        IEnumerable<RowResult<string?[]>> Read(IReferenceFormat<TRow> rows, string file, CancellationToken token)
        {
            foreach (var row in rows.Read(file, token))
                yield return row.Value is { } value ? RowResult<string?[]>.Ok(row.Row, Cells(value)) : RowResult<string?[]>.Rejected(row.Row, row.Problem!); // a row without a value has its problem
        }
    }

    internal override TResult Accept<TResult>(ITableMapVisitor<TResult> visitor, IReferenceFormat format) =>
        format is IReferenceFormat<TRow> typed
            ? visitor.Visit(typed, this)
            : throw NotMine(format);

    private InvalidOperationException NotMine(IReferenceFormat format) =>
        new($"The {format.Dataset} format does not read {typeof(TRow).Name} rows, which table {Table} holds.");
}
