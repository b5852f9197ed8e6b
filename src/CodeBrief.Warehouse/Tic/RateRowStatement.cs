using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tic;

/// <summary>The prepared upsert of one <c>tic_rate_rows</c> row, reused for every rate of a file.</summary>
/// <remarks>A <see cref="RawStatement"/> bound by index, for the same reason as <see cref="RowInserter"/>. Not thread-safe.</remarks>
internal sealed class RateRowStatement : IDisposable
{
    private readonly RawStatement _statement;

    public RateRowStatement(SqliteConnection connection, long sourceId)
    {
        _statement = new RawStatement(connection, """
            INSERT INTO tic_rate_rows(source_id,dims_id,group_set_id,rate,row) VALUES(?,?,?,?,?)
            ON CONFLICT(source_id,dims_id,group_set_id,rate) DO UPDATE SET dup_count = dup_count + 1
            """);
        _statement.Bind(1, sourceId); // bindings survive each run, so the file's source id is bound once
    }

    /// <summary>Stores one rate, or counts it as a duplicate of an identical stored row.</summary>
    public void Upsert(int dimsId, long groupSetId, string rate, long row)
    {
        _statement.Bind(2, dimsId);
        _statement.Bind(3, groupSetId);
        _statement.Bind(4, rate);
        _statement.Bind(5, row);
        _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
