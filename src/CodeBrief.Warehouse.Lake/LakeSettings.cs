using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake;

/// <summary>The embedded DuckDB engine as the lake reads with it: bounded memory, two threads, spilling to a temporary folder.</summary>
internal static class LakeSettings
{
    /// <summary>DuckDB's buffer pool limit for reads (a read of one code selects a few thousand rows; joins spill past it).</summary>
    public const string MemoryLimit = "96MB";

    /// <summary>Opens a DuckDB connection on <paramref name="database"/> (a file, or <c>:memory:</c>) with the lake's limits.</summary>
    public static DuckDBConnection Open(string database, string spillFolder)
    {
        var connection = new DuckDBConnection("Data Source=" + database);
        connection.Open();
        try
        {
            Execute(connection, $"""
                SET memory_limit = '{MemoryLimit}';
                SET threads = 2;
                SET preserve_insertion_order = false;
                SET temp_directory = {LakeLayout.Literal(spillFolder)};
                SET enable_progress_bar = false;
                SET autoinstall_known_extensions = false;
                SET autoload_known_extensions = false;
                """);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/> on <paramref name="connection"/>.</summary>
    public static long Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>The single value <paramref name="sql"/> returns.</summary>
    public static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
