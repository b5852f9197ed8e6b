using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tic;

/// <summary>Opens the warehouse file for TiC loading and queries.</summary>
public static class TicWarehouse
{
    /// <summary>Opens (creating if needed) the SQLite warehouse at <paramref name="path"/> with the schema applied.</summary>
    /// <remarks>WAL journal with <c>synchronous=NORMAL</c>: a committed file survives a crash of the process; bulk loads avoid an fsync per statement. Temporary tables and sorts go to files so memory stays flat for large loads.</remarks>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA cache_size=-65536;";
            pragma.ExecuteNonQuery();
        }
        WarehouseSchema.Apply(connection);
        return connection;
    }
}
