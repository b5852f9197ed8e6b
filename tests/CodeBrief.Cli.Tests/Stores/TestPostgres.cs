using Npgsql;

namespace CodeBrief.Cli.Tests.Stores;

/// <summary>
/// A fresh database on the test cluster that <c>run-tests</c> starts (<c>CODEBRIEF_TEST_PG</c>, printed by
/// <c>tests/postgres-cluster.sh start</c>), dropped on dispose. Its <see cref="Url"/> is what a user passes to <c>--store</c>.
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    private const string Variable = "CODEBRIEF_TEST_PG";
    private readonly string _admin;
    private readonly string _database = "cb_cli_" + Guid.NewGuid().ToString("N")[..12];

    public TestPostgres()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
            ? new Uri(url)
            : throw new InvalidOperationException($"{Variable} is not set: these tests need the throwaway PostgreSQL cluster that run-tests starts "
                + "(by hand: eval \"$(tests/postgres-cluster.sh start)\").");
        _admin = new NpgsqlConnectionStringBuilder
        {
            Host = server.Host, Port = server.Port, Username = server.UserInfo, Database = server.AbsolutePath.Trim('/'), Pooling = false,
        }.ConnectionString;
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            create.ExecuteNonQuery();
        }
        Url = $"postgres://{server.UserInfo}@{server.Host}:{server.Port}/{_database}";
        Port = server.Port;
    }

    /// <summary>The store URL of the new database.</summary>
    public string Url { get; }

    /// <summary>The cluster's port.</summary>
    public int Port { get; }

    /// <summary>Runs one statement in the new database.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
