using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

/// <summary>The embedded engine under the contract suite: a warehouse file in a temporary home.</summary>
public sealed class SqliteStore : StoreUnderTest
{
    /// <summary>The warehouse file.</summary>
    public string DatabasePath => StoreLocation.SqliteFileIn(Home);

    /// <inheritdoc />
    public override string Engine => "SQLite";

    /// <inheritdoc />
    public override IWarehouse Open(WarehouseAccess access = WarehouseAccess.ReadWrite, TimeProvider? time = null) =>
        SqliteWarehouse.Open(DatabasePath, access, Path.Combine(Home, "reports"), time);

    /// <inheritdoc />
    public override List<object?[]> Query(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        return ReadAll(reader);
    }
}
