using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Puts the warehouse under a rollback journal for one payer-file load and back to WAL afterwards.
/// </summary>
/// <remarks>
/// A payer file is almost all new pages. In WAL mode each page is written to the log and again at the checkpoint that
/// follows the commit, on the critical path; a rollback journal writes it once. The switch needs the warehouse to itself,
/// so while another process (<c>codebrief serve</c>) has it open the load simply stays in WAL mode.
/// </remarks>
internal sealed class BulkLoadJournal : IDisposable
{
    private readonly SqliteConnection _connection;

    public BulkLoadJournal(SqliteConnection connection)
    {
        _connection = connection;
        SetMode("truncate");
    }

    public void Dispose() => SetMode("wal");

    private void SetMode(string mode)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode={mode}";
        command.CommandTimeout = 1;
        try
        {
            command.ExecuteScalar();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5)
        {
            // SQLITE_BUSY: another connection has the warehouse open; keep the mode in force (each open sets WAL again).
        }
    }
}
