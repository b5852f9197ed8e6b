using System.Data.Common;
using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>
/// Where a PostgreSQL store is, as the user gives it with <c>--store URL</c> or <c>CODEBRIEF_STORE</c>: a
/// <c>postgres://</c> or <c>postgresql://</c> URL, or an Npgsql connection string.
/// </summary>
/// <remarks>
/// <para>URL form: <c>postgres://user[:password]@host[:port]/database[?name=value&amp;...]</c>. Every part is
/// percent-decoded; an IPv6 host is written in brackets (<c>[::1]</c>); a host that starts with <c>/</c> (percent-encoded
/// as <c>%2F</c>, or given as <c>?host=/run/postgresql</c>) is a Unix socket folder. The port defaults to 5432 and the host
/// to <c>localhost</c> (libpq would use its Unix socket instead). Parameters are libpq's (<c>sslmode</c>,
/// <c>connect_timeout</c>, <c>application_name</c>, <c>host</c>, <c>port</c>, <c>user</c>, <c>password</c>,
/// <c>dbname</c>, ...) or Npgsql connection-string keywords (<c>Pooling=false</c>).</para>
/// <para>Both forms: the user defaults to <c>PGUSER</c>, else the operating-system user, as libpq does; the database
/// must be named. A password is used only when the text holds one; otherwise none is set, so Npgsql itself takes it from
/// <c>PGPASSWORD</c> or the password file (<c>PGPASSFILE</c>, else <c>~/.pgpass</c>) when the server asks for one.</para>
/// <para>Immutable and thread-safe. <see cref="ToString"/> returns <see cref="Display"/>, which never holds the password.</para>
/// </remarks>
public sealed class PostgresLocation
{
    /// <summary>The port PostgreSQL listens on unless told otherwise.</summary>
    public const int DefaultPort = 5432;

    private readonly string? _password;

    private PostgresLocation(NpgsqlConnectionStringBuilder builder)
    {
        // Parse fills in Host, Username and Database before it gets here.
        Host = builder.Host!;
        Port = builder.Port;
        Username = builder.Username!;
        Database = builder.Database!;
        _password = string.IsNullOrEmpty(builder.Password) ? null : builder.Password;
        ConnectionString = builder.ConnectionString;
        Display = PostgresUrl.Format(Host, Port, Username, Database);
    }

    /// <summary>The host name, IP address or Unix socket folder (an Npgsql connection string may list several, comma-separated).</summary>
    public string Host { get; }

    /// <summary>The TCP port (also the number in the Unix socket's file name).</summary>
    public int Port { get; }

    /// <summary>The role to log in as.</summary>
    public string Username { get; }

    /// <summary>The database name.</summary>
    public string Database { get; }

    /// <summary>True when the text held a password; false when Npgsql will look for one in PGPASSWORD or the password file.</summary>
    public bool HasPassword => _password is not null;

    /// <summary>
    /// The store as a URL without the password or parameters, <c>postgres://user@host:port/database</c>, for messages.
    /// </summary>
    public string Display { get; }

    /// <summary>The Npgsql connection string. It holds the password when one was given: never print it, print <see cref="Display"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>Parses a store URL or connection string.</summary>
    /// <exception cref="UsageException">The text is malformed; the message names the bad part and shows the accepted forms.</exception>
    public static PostgresLocation Parse(string text) => Parse(text, DefaultUser());

    /// <summary>Parses with an explicit default user, so tests do not depend on the machine's user or PGUSER.</summary>
    internal static PostgresLocation Parse(string text, string defaultUser)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        NpgsqlConnectionStringBuilder builder;
        if (trimmed.Contains("://", StringComparison.Ordinal)) builder = PostgresUrl.Parse(trimmed);
        else if (trimmed.Contains('=', StringComparison.Ordinal)) builder = FromConnectionString(trimmed);
        else throw new UsageException(ErrorMessages.NotAStore());

        if (string.IsNullOrEmpty(builder.Host)) builder.Host = "localhost";
        if (string.IsNullOrEmpty(builder.Username)) builder.Username = defaultUser;
        return new PostgresLocation(builder);
    }

    /// <summary>A new, mutable copy of the connection settings, for a caller that must change one (a command timeout).</summary>
    public NpgsqlConnectionStringBuilder CreateBuilder() => new(ConnectionString);

    /// <summary>Opens a connection to the store.</summary>
    /// <exception cref="SourceUnavailableException">The server cannot be reached, refuses the login or lacks the database
    /// (see <see cref="PostgresErrors"/>).</exception>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e)
        {
            connection.Dispose();
            if (PostgresErrors.TryTranslate(e, this, PostgresActivity.Connecting, out var translated)) throw translated;
            throw;
        }
    }

    /// <summary>Opens a connection to the store.</summary>
    /// <exception cref="SourceUnavailableException">As for <see cref="Open"/>.</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (PostgresErrors.TryTranslate(e, this, PostgresActivity.Connecting, out var translated)) throw translated;
            throw;
        }
    }

    /// <summary>Returns <see cref="Display"/>, so a store interpolated into a message never shows its password.</summary>
    public override string ToString() => Display;

    /// <summary>Replaces the password, should it appear in text taken from a server or driver message.</summary>
    internal string Redact(string text) =>
        _password is null ? text : text.Replace(_password, "***", StringComparison.Ordinal);

    private static NpgsqlConnectionStringBuilder FromConnectionString(string text)
    {
        // Split first, then set one keyword at a time, so an error names the keyword (never its value, which may be a password).
        var pairs = new DbConnectionStringBuilder();
        try
        {
            pairs.ConnectionString = text;
        }
        catch (ArgumentException e)
        {
            throw new UsageException(ErrorMessages.ConnectionStringSyntax(e.Message));
        }
        var builder = new NpgsqlConnectionStringBuilder();
        foreach (string keyword in pairs.Keys)
        {
            if (!builder.ContainsKey(keyword)) throw new UsageException(ErrorMessages.UnknownSetting(keyword));
            try
            {
                builder[keyword] = pairs[keyword];
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw new UsageException(ErrorMessages.BadSetting(keyword));
            }
        }
        if (string.IsNullOrEmpty(builder.Database)) throw new UsageException(ErrorMessages.NoDatabaseSetting());
        return builder;
    }

    private static string DefaultUser() =>
        Environment.GetEnvironmentVariable("PGUSER") is { Length: > 0 } user
            ? user
            : Environment.UserName;
}
