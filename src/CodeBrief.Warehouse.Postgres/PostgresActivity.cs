namespace CodeBrief.Warehouse.Postgres;

/// <summary>What the caller was doing when a PostgreSQL call failed; it decides what a broken connection means.</summary>
public enum PostgresActivity
{
    /// <summary>Opening a connection: a broken or refused connection means the server is unreachable.</summary>
    Connecting,
    /// <summary>Running a load inside a transaction: a broken connection means the load was lost and rolled back.</summary>
    Loading,
}
