using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>
/// The PostgreSQL server the tests use: <c>CODEBRIEF_TEST_PG</c> (a superuser URL, no password) and
/// <c>CODEBRIEF_TEST_PG_PASSWORD_URL</c> (a role that must give its password over TCP), both printed by
/// <c>tests/postgres-cluster.sh start</c>, which <c>run-tests</c> calls.
/// </summary>
internal static class TestServer
{
    public const string Variable = "CODEBRIEF_TEST_PG";
    public const string PasswordVariable = "CODEBRIEF_TEST_PG_PASSWORD_URL";

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The superuser store (trusted, no password).</summary>
    public static PostgresLocation Location => PostgresLocation.Parse(Require(Variable));

    /// <summary>The password role's store, with its password in the URL.</summary>
    public static PostgresLocation PasswordLocation => PostgresLocation.Parse(Require(PasswordVariable));

    /// <summary>Why a test needing <paramref name="variable"/> is skipped: null when it is set, or under CI, where the test must run and fail.</summary>
    public static string? SkipReason(string variable) =>
        IsSet(variable) || UnderCi ? null : $"{variable} is not set, so there is no PostgreSQL server to test against. {HowToStart}";

    /// <summary>A superuser connection for setting up and checking tables.</summary>
    public static NpgsqlConnection OpenAdmin() => Location.Open();

    /// <summary>A loopback TCP port nothing listens on (the socket that found it is closed again).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const string HowToStart = "run-tests starts a throwaway cluster with tests/postgres-cluster.sh; by hand: " +
        "eval \"$(tests/postgres-cluster.sh start)\", and tests/postgres-cluster.sh stop afterwards.";

    private static bool IsSet(string variable) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable));

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set{(UnderCi ? " under CI=true, where the PostgreSQL tests must run" : "")}: the throwaway " +
                $"PostgreSQL cluster did not start (see run-tests' output for the reason). {HowToStart}");
}
