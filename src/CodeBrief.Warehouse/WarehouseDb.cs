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

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}
