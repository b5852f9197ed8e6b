using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CodeBrief.Warehouse.Tic;

/// <summary>The prepared upsert of one <c>tic_rate_rows</c> row, reused for every rate of a file.</summary>
/// <remarks>
/// Binds through SQLitePCL's raw API by parameter index, as <see cref="RowInserter"/> does and for the same reason:
/// <see cref="SqliteCommand"/> looks each parameter up by name on every execution, which costs more than the narrow
/// insert itself. Runs on the connection's own handle, so it is inside the ADO.NET transaction. Not thread-safe.
/// </remarks>
internal sealed class RateRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RateRowStatement(SqliteConnection connection, long sourceId)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The warehouse connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, """
            INSERT INTO tic_rate_rows(source_id,dims_id,group_set_id,rate,row) VALUES(?,?,?,?,?)
            ON CONFLICT(source_id,dims_id,group_set_id,rate) DO UPDATE SET dup_count = dup_count + 1
            """, out _statement));
        Check(raw.sqlite3_bind_int64(_statement, 1, sourceId));
    }

    /// <summary>Stores one rate, or counts it as a duplicate of an identical stored row.</summary>
    public void Upsert(int dimsId, long groupSetId, string rate, long row)
    {
        Check(raw.sqlite3_bind_int64(_statement, 2, dimsId));
        Check(raw.sqlite3_bind_int64(_statement, 3, groupSetId));
        Check(raw.sqlite3_bind_text(_statement, 4, rate));
        Check(raw.sqlite3_bind_int64(_statement, 5, row));
        var step = raw.sqlite3_step(_statement);
        // reset keeps the bindings, so source_id stays bound across rows
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
