using CodeBrief.Warehouse.Relational;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite;

/// <summary>
/// One prepared <c>INSERT</c> for a reference table, reused for every row of a file inside the load's transaction
/// (a <see cref="RawStatement"/>, bound by index: a 31-column table is the case that made name lookups dominate).
/// </summary>
internal sealed class SqliteRowInserter : IRowInserter
{
    private readonly RawStatement _statement;
    private readonly int _columns;

    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        SqlIdentifier.Check(table);
        foreach (var column in columns) SqlIdentifier.Check(column);
        _columns = columns.Count;
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var slots = string.Join(", ", Enumerable.Repeat("?", _columns + 2));
        _statement = new RawStatement(connection, $"INSERT INTO \"{table}\" ({names}, source_id, row) VALUES ({slots})");
    }

    /// <summary>Stores one row; <paramref name="values"/> is in column order, nulls stored as NULL.</summary>
    public void Insert(long sourceId, long row, string?[] values)
    {
        if (values.Length != _columns)
            throw new InvalidOperationException($"A reader yielded {values.Length} values for row {row}, but its format declares {_columns} columns.");
        for (var i = 0; i < values.Length; i++)
            _statement.Bind(i + 1, values[i]);
        _statement.Bind(_columns + 1, sourceId);
        _statement.Bind(_columns + 2, row);
        _statement.Execute();
    }

    /// <summary>Nothing to flush: each row was written as it came.</summary>
    public void Complete() { }

    public void Dispose() => _statement.Dispose();
}
