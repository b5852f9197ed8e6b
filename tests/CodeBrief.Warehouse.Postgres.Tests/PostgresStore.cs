using CodeBrief.Warehouse.Tests;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>
/// The PostgreSQL engine under the contract suite: a new database on the test cluster per instance, dropped afterwards.
/// </summary>
public sealed class PostgresStore : StoreUnderTest
{
    private readonly string _database = "cb_" + Guid.NewGuid().ToString("N")[..16];

    public PostgresStore()
    {
        using (var admin = TestServer.OpenAdmin())
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin))
            create.ExecuteNonQuery();
        var builder = TestServer.Location.CreateBuilder();
        builder.Database = _database;
        builder.Pooling = false;
        ConnectionString = builder.ConnectionString;
    }

    /// <summary>The Npgsql connection string of this store's database (what <c>--store</c> would be given).</summary>
    public string ConnectionString { get; }

    /// <inheritdoc />
    public override string Engine => "PostgreSQL";

    /// <inheritdoc />
    public override IWarehouse Open(WarehouseAccess access = WarehouseAccess.ReadWrite, TimeProvider? time = null) =>
        PostgresWarehouse.Open(ConnectionString, access, Path.Combine(Home, "reports"), time);

    /// <inheritdoc />
    public override List<object?[]> Query(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        return ReadAll(reader);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        using var admin = TestServer.OpenAdmin();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
