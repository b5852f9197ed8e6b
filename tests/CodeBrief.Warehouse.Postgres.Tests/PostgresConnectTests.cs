using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>Opening connections to the real server, and what each way of failing turns into.</summary>
public sealed class PostgresConnectTests
{
    [PostgresFact]
    public void Open_TrustedSuperuser_Connects()
    {
        using var connection = TestServer.Location.Open();
        using var command = new NpgsqlCommand("SELECT current_database()", connection);

        command.ExecuteScalar().ShouldBe(TestServer.Location.Database);
    }

    [PostgresFact]
    public async Task OpenAsync_TrustedSuperuser_Connects()
    {
        await using var connection = await TestServer.Location.OpenAsync();

        connection.State.ShouldBe(System.Data.ConnectionState.Open);
    }

    [Fact]
    public void Open_NothingListening_ThrowsUnreachable()
    {
        // Needs no server: a loopback port nobody listens on refuses at once; the timeout only bounds a strange machine.
        var store = PostgresLocation.Parse($"postgres://postgres:hunter2@127.0.0.1:{TestServer.FreePort()}/codebrief_test?connect_timeout=3");

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.Unreachable);
        thrown.InnerException.ShouldBeAssignableTo<NpgsqlException>();
        thrown.Message.ShouldContain(store.Display);
        thrown.Message.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task OpenAsync_NothingListening_ThrowsUnreachable()
    {
        var store = PostgresLocation.Parse($"postgres://postgres@127.0.0.1:{TestServer.FreePort()}/codebrief_test?connect_timeout=3");

        var thrown = await Should.ThrowAsync<SourceUnavailableException>(() => store.OpenAsync());

        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.Unreachable);
    }

    [PostgresFact]
    public void Open_NoSuchDatabase_ThrowsDatabaseMissing()
    {
        var server = TestServer.Location;
        var store = PostgresLocation.Parse($"postgres://{server.Username}@{server.Host}:{server.Port}/codebrief_no_such_db");

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        thrown.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.InvalidCatalogName);
        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.DatabaseMissing);
        thrown.Message.ShouldContain(store.Display);
    }

    [PostgresFact]
    public void Open_NoSuchRole_ThrowsAuthenticationFailed()
    {
        var server = TestServer.Location;
        var store = PostgresLocation.Parse($"postgres://codebrief_no_such_role@{server.Host}:{server.Port}/{server.Database}");

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        thrown.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.InvalidAuthorizationSpecification);
        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.AuthenticationFailed);
        thrown.Message.ShouldContain(store.Display);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_PasswordInUrl_Connects()
    {
        using var connection = TestServer.PasswordLocation.Open();
        using var command = new NpgsqlCommand("SELECT current_user", connection);

        command.ExecuteScalar().ShouldBe(TestServer.PasswordLocation.Username);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_WrongPasswordInUrl_ThrowsAuthenticationFailed()
    {
        var role = TestServer.PasswordLocation;
        var store = PostgresLocation.Parse($"postgres://{role.Username}:not-hunter2-either@{role.Host}:{role.Port}/{role.Database}?Pooling=false");

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        thrown.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.InvalidPassword);
        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.AuthenticationFailed);
        thrown.Message.ShouldContain(store.Display);
        thrown.Message.ShouldNotContain("not-hunter2-either");
    }
}
