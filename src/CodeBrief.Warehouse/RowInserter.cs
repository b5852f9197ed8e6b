using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CodeBrief.Warehouse;

/// <summary>
/// One prepared <c>INSERT</c> for a reference table, reused for every row of a file inside the load's transaction.
/// </summary>
/// <remarks>
/// Binds through SQLitePCL's raw API by parameter index: <see cref="SqliteCommand"/> looks every parameter up by name on
/// each execution, which costs more than the insert itself for a 31-column table (about 3x in the loader benchmark).
/// The statement runs on the connection's own handle, so it is inside the ADO.NET transaction.
/// </remarks>
internal sealed class RowInserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

    public RowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        SqlIdentifier.Check(table);
        foreach (var column in columns) SqlIdentifier.Check(column);
        _columns = columns.Count;
        _db = connection.Handle ?? throw new InvalidOperationException("The warehouse connection is not open.");
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var slots = string.Join(", ", Enumerable.Repeat("?", _columns + 2));
        Check(raw.sqlite3_prepare_v2(_db, $"INSERT INTO \"{table}\" ({names}, source_id, row) VALUES ({slots})", out _statement));
    }

    /// <summary>Stores one row; <paramref name="values"/> is in column order, nulls stored as NULL.</summary>
    public void Insert(long sourceId, long row, string?[] values)
    {
        if (values.Length != _columns)
            throw new InvalidOperationException($"A reader yielded {values.Length} values for row {row}, but its format declares {_columns} columns.");
        for (var i = 0; i < values.Length; i++)
            Check(values[i] is { } text ? raw.sqlite3_bind_text(_statement, i + 1, text) : raw.sqlite3_bind_null(_statement, i + 1));
        Check(raw.sqlite3_bind_int64(_statement, _columns + 1, sourceId));
        Check(raw.sqlite3_bind_int64(_statement, _columns + 2, row));
        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE) Check(step);
    }

    public void Dispose() => _statement?.Dispose();

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK && code != raw.SQLITE_DONE)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code);
    }
}
