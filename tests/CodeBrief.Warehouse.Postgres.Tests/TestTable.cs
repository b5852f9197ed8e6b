using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>
/// A table of its own for one test (tests run in parallel against one database): <c>name text, amount bigint,
/// source_id bigint, row bigint</c>, dropped on dispose.
/// </summary>
internal sealed class TestTable : IDisposable
{
    public static readonly PostgresColumn[] Columns = [PostgresColumn.Text("name"), PostgresColumn.Bigint("amount")];

    public TestTable()
    {
        Name = "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE TABLE \"{Name}\" (name text, amount bigint, source_id bigint NOT NULL, \"row\" bigint NOT NULL)");
    }

    public string Name { get; }

    /// <summary>The committed row count, seen from a connection of its own.</summary>
    public long Count() => (long)Scalar($"SELECT count(*) FROM \"{Name}\"")!; // count(*) is never NULL

    public object? Scalar(string sql)
    {
        using var connection = TestServer.OpenAdmin();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose() => Execute($"DROP TABLE IF EXISTS \"{Name}\"");

    private static void Execute(string sql)
    {
        using var connection = TestServer.OpenAdmin();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
