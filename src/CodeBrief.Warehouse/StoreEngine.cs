namespace CodeBrief.Warehouse;

/// <summary>The storage engines a warehouse can live in.</summary>
public enum StoreEngine
{
    /// <summary>The embedded SQLite file under the home (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for teams that share one warehouse.</summary>
    Postgres,
}
