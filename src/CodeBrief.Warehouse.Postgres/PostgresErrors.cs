using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>
/// Turns what Npgsql throws when a store cannot be used into <see cref="SourceUnavailableException"/>s that name the
/// store and say what to do; everything else (bad SQL, constraint violations, bugs) is left alone.
/// </summary>
/// <remarks>
/// <para>Npgsql reports server errors as <see cref="PostgresException"/> (read by <see cref="PostgresException.SqlState"/>,
/// compared with <see cref="PostgresErrorCodes"/>) and transport errors as <see cref="NpgsqlException"/> wrapping a
/// <see cref="SocketException"/>, <see cref="TimeoutException"/> or <see cref="IOException"/>. The first of these found
/// along the <see cref="Exception.InnerException"/> chain decides. One case has no code: Npgsql refusing to log in because
/// the server asks for a password and none was found, recognised by its message.</para>
/// <para>A translated exception's <see cref="SourceUnavailableException.What"/> is the store's
/// <see cref="PostgresLocation.Display"/> and its inner exception is the original, so
/// <see cref="Classify"/> gives the same answer for both. Messages never hold the password. Thread-safe.</para>
/// </remarks>
public static class PostgresErrors
{
    /// <summary>Says which store failure <paramref name="exception"/> (or an exception inside it) reports.</summary>
    public static PostgresFailure Classify(Exception exception, PostgresActivity activity)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return FromSqlState(postgres.SqlState, activity);
                case SocketException or TimeoutException or IOException:
                    return Broken(activity);
                case NpgsqlException { InnerException: null } npgsql when IsPasswordMissing(npgsql):
                    return PostgresFailure.AuthenticationFailed;
            }
        }
        return PostgresFailure.None;
    }

    /// <summary>
    /// Builds the <see cref="SourceUnavailableException"/> for a store failure; returns false, leaving the exception to be
    /// rethrown as it is, when <see cref="Classify"/> says <see cref="PostgresFailure.None"/> or it is already a CodeBrief exception.
    /// </summary>
    public static bool TryTranslate(Exception exception, PostgresLocation store, PostgresActivity activity,
        [NotNullWhen(true)] out SourceUnavailableException? translated)
    {
        ArgumentNullException.ThrowIfNull(store);
        translated = null;
        if (exception is CodeBriefException) return false;
        var failure = Classify(exception, activity);
        if (failure == PostgresFailure.None) return false;

        var reason = store.Redact(ReasonOf(exception));
        var message = failure switch
        {
            PostgresFailure.Unreachable => ErrorMessages.Unreachable(store.Display, reason),
            PostgresFailure.AuthenticationFailed => ErrorMessages.AuthenticationFailed(store.Display, store.Username, reason),
            PostgresFailure.DatabaseMissing => ErrorMessages.DatabaseMissing(store.Display, store.Host, store.Port, store.Username, store.Database),
            _ => ErrorMessages.ConnectionLost(store.Display, reason),
        };
        translated = new SourceUnavailableException(store.Display, message, exception);
        return true;
    }

    private static PostgresFailure FromSqlState(string sqlState, PostgresActivity activity) => sqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => PostgresFailure.AuthenticationFailed,
        PostgresErrorCodes.InvalidCatalogName => PostgresFailure.DatabaseMissing,
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.ConnectionException or PostgresErrorCodes.ConnectionDoesNotExist
            or PostgresErrorCodes.ConnectionFailure or PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection
            or PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection => Broken(activity),
        _ => PostgresFailure.None,
    };

    // While connecting, a server that hangs up or is shutting down is as good as unreachable; during a load it means
    // the transaction is gone.
    private static PostgresFailure Broken(PostgresActivity activity) =>
        activity == PostgresActivity.Connecting ? PostgresFailure.Unreachable : PostgresFailure.ConnectionLost;

    // The server asked for a password and none was found in the URL, PGPASSWORD or the password file. Npgsql gives this
    // no code, only the sentence; a test against a real server pins it, so an Npgsql update that rewords it fails there.
    private static bool IsPasswordMissing(NpgsqlException exception) =>
        exception.Message.StartsWith("No password has been provided", StringComparison.Ordinal);

    private static string ReasonOf(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres: return $"{postgres.SqlState}: {postgres.MessageText}";
                case SocketException socket: return socket.Message;
                case TimeoutException: return "timed out";
                case IOException io when io.InnerException is not SocketException: return io.Message;
                case NpgsqlException npgsql when IsPasswordMissing(npgsql): return "no password was given";
            }
        }
        return exception.Message;
    }
}
