namespace CodeBrief.Warehouse.Postgres;

/// <summary>Why a PostgreSQL store could not be used, as <see cref="PostgresErrors.Classify"/> reads it. Tests compare these, not message text.</summary>
public enum PostgresFailure
{
    /// <summary>Not a failure of the store itself (a bug, bad SQL, a constraint): the exception is left as it is.</summary>
    None,
    /// <summary>The server cannot be reached: connection refused, host not found, timed out, or not accepting connections.</summary>
    Unreachable,
    /// <summary>The server refused the login: wrong password (28P01), no such role (28000), or no password
    /// found although the server asks for one.</summary>
    AuthenticationFailed,
    /// <summary>The server has no database of that name (3D000).</summary>
    DatabaseMissing,
    /// <summary>The server went away during a load (shut down, crashed, connection broken), so the load was rolled back.</summary>
    ConnectionLost,
}
