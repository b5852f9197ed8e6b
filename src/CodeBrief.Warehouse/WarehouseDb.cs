using CodeBrief.Core.Errors;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse;

/// <summary>
/// The SQLite warehouse at <c>&lt;home&gt;/warehouse.db</c>: opened (created when missing) in WAL mode with every
/// schema file applied.
/// </summary>
/// <remarks>One connection per instance; not thread-safe. WAL lets readers (the web host) see the last committed load
/// while a new one is being written.</remarks>
public sealed class WarehouseDb : IDisposable
{
    private WarehouseDb(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The warehouse file of a home folder.</summary>
    public static string FileIn(string home) => System.IO.Path.Combine(System.IO.Path.GetFullPath(home), "warehouse.db");

    /// <summary>Opens (or creates) the warehouse of <paramref name="home"/>.</summary>
    public static WarehouseDb Open(string home)
    {
        Directory.CreateDirectory(home);
        var path = FileIn(home);
        // No pooling: a pooled connection keeps the file open after Dispose, which blocks deleting a test's home folder.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";
                pragma.ExecuteNonQuery();
            }
            WarehouseSchema.Apply(connection);
            return new WarehouseDb(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the existing warehouse of <paramref name="home"/> read-only, for commands that only read it (verify): nothing is
    /// created or migrated, and a running load is never blocked.
    /// </summary>
    /// <exception cref="SourceUnavailableException">There is no warehouse file, or it holds no reference tables.</exception>
    public static WarehouseDb OpenReadOnly(string home)
    {
        var path = FileIn(home);
        if (!File.Exists(path)) throw new SourceUnavailableException("warehouse", ErrorMessages.NoWarehouse(path));
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sources'";
            if (probe.ExecuteScalar() is not long n || n == 0) throw new SourceUnavailableException("warehouse", ErrorMessages.NoReferenceTables(path));
            return new WarehouseDb(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}
