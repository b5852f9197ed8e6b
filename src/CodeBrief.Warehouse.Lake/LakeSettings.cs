using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake;

/// <summary>The embedded DuckDB engine as the lake reads with it: bounded memory, two threads, spilling to a temporary folder.</summary>
internal static class LakeSettings
{
    private static readonly Lock Gate = new();
    private static DuckDBConnection? _engine;

    /// <summary>A connection to the process's one in-memory DuckDB database, opened on first use with the lake's limits and
    /// kept for the life of the process; dispose the connection, not the database.</summary>
    /// <remarks>Opening a database per read cost a quarter of a brief's lake read (124 of 484 ms on one 1.1 GB file's lake,
    /// measured under load), and a kept one also keeps the Parquet footers it has read (<c>enable_object_cache</c>).
    /// Each connection has its own temporary tables, so concurrent reads (the web server's requests) do not meet.</remarks>
    public static DuckDBConnection Connect()
    {
        lock (Gate)
        {
            _engine ??= Open(":memory:", Path.Combine(Path.GetTempPath(), "codebrief-lake-spill"));
            var connection = _engine.Duplicate();
            try
            {
                connection.Open();
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }

    /// <summary>DuckDB's buffer pool limit for reads (a read of one code selects a few thousand rows; joins spill past it).</summary>
    public const string MemoryLimit = "96MB";

    /// <summary>Opens a DuckDB connection on <paramref name="database"/> (a file, or <c>:memory:</c>) with the lake's limits.</summary>
    private static DuckDBConnection Open(string database, string spillFolder)
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
                SET enable_object_cache = true;
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
