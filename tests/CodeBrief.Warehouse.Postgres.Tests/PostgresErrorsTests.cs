using System.Net.Sockets;
using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

public sealed class PostgresErrorsTests
{
    private const string Password = "hunter2";
    private static readonly PostgresLocation Store = PostgresLocation.Parse($"postgres://alice:{Password}@db.example.com:6543/codebrief", "osuser");

    private static PostgresException Server(string sqlState, string text = "server says no") => new(text, "FATAL", "FATAL", sqlState);

    public static TheoryData<string, PostgresActivity, PostgresFailure> SqlStates() => new()
    {
        { PostgresErrorCodes.InvalidPassword, PostgresActivity.Connecting, PostgresFailure.AuthenticationFailed },
        { PostgresErrorCodes.InvalidAuthorizationSpecification, PostgresActivity.Connecting, PostgresFailure.AuthenticationFailed },
        { PostgresErrorCodes.InvalidCatalogName, PostgresActivity.Connecting, PostgresFailure.DatabaseMissing },
        { PostgresErrorCodes.InvalidCatalogName, PostgresActivity.Loading, PostgresFailure.DatabaseMissing },
        { PostgresErrorCodes.AdminShutdown, PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { PostgresErrorCodes.CrashShutdown, PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { PostgresErrorCodes.CannotConnectNow, PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { PostgresErrorCodes.ConnectionFailure, PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { PostgresErrorCodes.CannotConnectNow, PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { PostgresErrorCodes.AdminShutdown, PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { PostgresErrorCodes.UniqueViolation, PostgresActivity.Loading, PostgresFailure.None },
        { PostgresErrorCodes.UndefinedTable, PostgresActivity.Loading, PostgresFailure.None },
        { PostgresErrorCodes.SyntaxError, PostgresActivity.Connecting, PostgresFailure.None },
    };

    [Theory]
    [MemberData(nameof(SqlStates))]
    public void Classify_ServerError_GoesBySqlState(string sqlState, PostgresActivity activity, PostgresFailure failure)
    {
        PostgresErrors.Classify(Server(sqlState), activity).ShouldBe(failure);
    }

    public static TheoryData<Exception, PostgresActivity, PostgresFailure> TransportErrors() => new()
    {
        { new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused)), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new NpgsqlException("No such host is known", new SocketException((int)SocketError.HostNotFound)), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new NpgsqlException("The operation has timed out", new TimeoutException()), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe", new SocketException((int)SocketError.ConnectionReset))), PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { new NpgsqlException("Exception while reading from stream", new TimeoutException()), PostgresActivity.Loading, PostgresFailure.ConnectionLost },
        { new SocketException((int)SocketError.ConnectionRefused), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new TimeoutException(), PostgresActivity.Connecting, PostgresFailure.Unreachable },
        { new NpgsqlException("No password has been provided but the backend requires one (in SASL/SCRAM-SHA-256)"), PostgresActivity.Connecting, PostgresFailure.AuthenticationFailed },
        { new NpgsqlException("Something else"), PostgresActivity.Connecting, PostgresFailure.None },
        { new InvalidOperationException("Connection is not open"), PostgresActivity.Loading, PostgresFailure.None },
        { new ArgumentException("bad"), PostgresActivity.Connecting, PostgresFailure.None },
    };

    [Theory]
    [MemberData(nameof(TransportErrors))]
    public void Classify_TransportError_GoesByTheInnerException(Exception exception, PostgresActivity activity, PostgresFailure failure)
    {
        PostgresErrors.Classify(exception, activity).ShouldBe(failure);
    }

    [Fact]
    public void Classify_ServerErrorInsideNpgsqlException_IsFound()
    {
        var wrapped = new NpgsqlException("outer", Server(PostgresErrorCodes.AdminShutdown));

        PostgresErrors.Classify(wrapped, PostgresActivity.Loading).ShouldBe(PostgresFailure.ConnectionLost);
    }

    [Fact]
    public void TryTranslate_StoreFailure_NamesTheStoreAndKeepsTheOriginal()
    {
        var original = Server(PostgresErrorCodes.InvalidPassword);

        PostgresErrors.TryTranslate(original, Store, PostgresActivity.Connecting, out var translated).ShouldBeTrue();

        translated.ShouldBeOfType<SourceUnavailableException>();
        translated.What.ShouldBe(Store.Display);
        translated.InnerException.ShouldBeSameAs(original);
        PostgresErrors.Classify(translated, PostgresActivity.Connecting).ShouldBe(PostgresFailure.AuthenticationFailed);
    }

    [Fact]
    public void TryTranslate_OtherError_ReturnsFalse()
    {
        PostgresErrors.TryTranslate(Server(PostgresErrorCodes.UniqueViolation), Store, PostgresActivity.Loading, out var translated).ShouldBeFalse();
        translated.ShouldBeNull();
    }

    [Fact]
    public void TryTranslate_AlreadyTranslated_ReturnsFalse()
    {
        PostgresErrors.TryTranslate(Server(PostgresErrorCodes.AdminShutdown), Store, PostgresActivity.Loading, out var first).ShouldBeTrue();

        PostgresErrors.TryTranslate(first, Store, PostgresActivity.Loading, out var second).ShouldBeFalse();
        second.ShouldBeNull();
    }

    public static TheoryData<Exception, PostgresActivity> EveryFailure() => new()
    {
        { new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), PostgresActivity.Connecting },
        // A server message that quotes the password must not carry it into ours.
        { Server(PostgresErrorCodes.InvalidPassword, $"password authentication failed for \"{Password}\""), PostgresActivity.Connecting },
        { Server(PostgresErrorCodes.InvalidAuthorizationSpecification), PostgresActivity.Connecting },
        { Server(PostgresErrorCodes.InvalidCatalogName), PostgresActivity.Connecting },
        { Server(PostgresErrorCodes.AdminShutdown, $"bye {Password}"), PostgresActivity.Loading },
        { new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), PostgresActivity.Loading },
    };

    [Theory]
    [MemberData(nameof(EveryFailure))]
    public void TryTranslate_Message_NamesTheDisplayAndNeverThePassword(Exception original, PostgresActivity activity)
    {
        PostgresErrors.TryTranslate(original, Store, activity, out var translated).ShouldBeTrue();

        translated.Message.ShouldContain(Store.Display);
        translated.Message.ShouldNotContain(Password);
    }
}
