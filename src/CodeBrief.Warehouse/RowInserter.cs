using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse;

/// <summary>
/// One prepared <c>INSERT</c> for a reference table, reused for every row of a file inside the load's transaction.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;
    private readonly SqliteParameter _sourceId;
    private readonly SqliteParameter _row;

    public RowInserter(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        SqlIdentifier.Check(table);
        foreach (var column in columns) SqlIdentifier.Check(column);
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var slots = string.Join(", ", columns.Select((_, i) => $"$v{i}"));
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table}\" ({names}, source_id, row) VALUES ({slots}, $source_id, $row)";
        _values = new SqliteParameter[columns.Count];
        for (var i = 0; i < _values.Length; i++)
            _values[i] = _command.Parameters.Add($"$v{i}", SqliteType.Text);
        _sourceId = _command.Parameters.Add("$source_id", SqliteType.Integer);
        _row = _command.Parameters.Add("$row", SqliteType.Integer);
        _command.Prepare();
    }

    /// <summary>Stores one row; <paramref name="values"/> is in column order, nulls stored as NULL.</summary>
    public void Insert(long sourceId, long row, string?[] values)
    {
        if (values.Length != _values.Length)
            throw new InvalidOperationException($"A reader yielded {values.Length} values for row {row}, but its format declares {_values.Length} columns.");
        for (var i = 0; i < values.Length; i++)
            _values[i].Value = (object?)values[i] ?? DBNull.Value;
        _sourceId.Value = sourceId;
        _row.Value = row;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
