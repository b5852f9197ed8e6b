namespace CodeBrief.Warehouse.Postgres;

/// <summary>The sentences Warehouse.Postgres puts in exceptions, in one place. None of them ever holds a password.</summary>
internal static class ErrorMessages
{
    public const string AcceptedForms =
        "Accepted forms: postgres://user[:password]@host[:port]/database[?sslmode=require&...] (or postgresql://; " +
        "percent-encode special characters, write an IPv6 host in [brackets]) or a connection string such as " +
        "Host=localhost;Port=5432;Username=me;Database=codebrief.";

    // Store text the user gave (--store URL or CODEBRIEF_STORE).

    public static string NotAStore() =>
        $"The store is neither a postgres:// URL nor a connection string. {AcceptedForms}";

    public static string UnknownScheme(string scheme) =>
        $"The store URL has the scheme \"{scheme}\", but a store is a postgres:// or postgresql:// URL. {AcceptedForms}";

    public static string BadPort(string text) =>
        $"The store URL's port \"{text}\" is not a number from 1 to 65535. {AcceptedForms}";

    public static string NoDatabase() =>
        $"The store URL names no database: add it after the host, as in postgres://me@localhost:5432/codebrief. {AcceptedForms}";

    public static string NoDatabaseSetting() =>
        $"The store connection string has no Database= setting. {AcceptedForms}";

    public static string BadPercent(string part) =>
        $"The store URL's {part} has a % that is not followed by two hex digits (write a literal % as %25). {AcceptedForms}";

    public static string BadHost(string host) =>
        $"The store URL's host \"{host}\" is not a host name or an IPv6 address in brackets. {AcceptedForms}";

    public static string SeveralHosts() =>
        $"The store URL names several hosts; give them in a connection string (Host=h1,h2;...). {AcceptedForms}";

    public static string ParameterWithoutValue(string name) =>
        $"The store URL's parameter \"{name}\" has no value (write name=value). {AcceptedForms}";

    public static string UnknownParameter(string name) =>
        $"The store URL's parameter \"{name}\" is neither a libpq parameter (sslmode, connect_timeout, application_name, " +
        $"...) nor an Npgsql connection-string keyword. {AcceptedForms}";

    public static string BadParameter(string name, string value) =>
        $"The store URL's parameter {name}={value} has a value Npgsql does not accept. {AcceptedForms}";

    public static string ConnectionStringSyntax(string reason) =>
        $"The store connection string does not parse ({reason}). {AcceptedForms}";

    public static string UnknownSetting(string keyword) =>
        $"The store connection string's setting \"{keyword}\" is not an Npgsql connection-string keyword. {AcceptedForms}";

    public static string BadSetting(string keyword) =>
        $"The store connection string's setting \"{keyword}\" has a value Npgsql does not accept. {AcceptedForms}";

    // Failures of a reachable or unreachable server.

    public static string Unreachable(string store, string reason) =>
        $"Cannot reach the PostgreSQL store {store} ({reason}). Start the server, check the host and port, or pass another " +
        "store with --store (or CODEBRIEF_STORE).";

    public static string AuthenticationFailed(string store, string user, string reason) =>
        $"The PostgreSQL store {store} did not accept the user \"{user}\" ({reason}). Check that the role exists and give " +
        $"its password in the URL (postgres://{user}:PASSWORD@...), in PGPASSWORD or in ~/.pgpass.";

    public static string DatabaseMissing(string store, string host, int port, string user, string database) =>
        $"The PostgreSQL server of {store} has no database \"{database}\". Create it with `createdb -h {host} -p {port} " +
        $"-U {user} {database}`, or pass another database with --store.";

    public static string ConnectionLost(string store, string reason) =>
        $"The connection to the PostgreSQL store {store} was lost during the load ({reason}). The load was rolled back, so " +
        "none of it was kept; check that the server is running, then run the load again.";

    // Misuse by calling code.

    public static string BadIdentifier(string what, string name) =>
        $"The {what} name \"{name}\" is not a plain SQL name (ASCII letters, digits and underscores, not starting with a " +
        "digit, at most 63 characters).";

    public static string NotABigint(string column, string value) =>
        $"Column \"{column}\" is bigint, but the value \"{value}\" is not a whole number in range.";
}
