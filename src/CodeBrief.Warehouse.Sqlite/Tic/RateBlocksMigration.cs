using System.Data.Common;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Moves a warehouse written before rates were packed into blocks (one <c>tic_rate_rows</c> row per rate) to
/// <c>tic_rate_blocks</c>, so loaded payer files survive the upgrade instead of having to be ingested again.
/// </summary>
internal static class RateBlocksMigration
{
    /// <summary>
    /// Runs before the schema is applied: when the warehouse still has the old table, drops the view over it (so the schema
    /// creates the new one) and returns true; <see cref="Run"/> must then follow the schema.
    /// </summary>
    public static bool Prepare(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tic_rate_rows'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return false;
        command.CommandText = "DROP VIEW IF EXISTS tic_rates";
        command.ExecuteNonQuery();
        return true;
    }

    /// <summary>Packs every (source, dims) of the old table into one block and drops the old table, inside the upgrade's transaction.</summary>
    public static void Run(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO tic_rate_blocks(source_id, dims_id, block, row, rate_count, rates)
              SELECT source_id, dims_id, 0, MIN(row), COUNT(*), json_group_array(json_array(group_set_id, rate, row, dup_count))
              FROM tic_rate_rows GROUP BY source_id, dims_id;
            DROP TABLE tic_rate_rows;
            """;
        command.ExecuteNonQuery();
    }
}
