using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Lake;
using CodeBrief.Warehouse.Postgres;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Cli;

/// <summary>
/// The composition root of the warehouse: the one place that picks an engine for a <see cref="StoreLocation"/>. Commands
/// get an <see cref="IWarehouse"/> and never see the engine behind it.
/// </summary>
public static class WarehouseStores
{
    /// <summary>Opens the warehouse at <paramref name="store"/>; fetched files and reject reports stay under <paramref name="home"/>.</summary>
    /// <param name="store">Where the warehouse lives.</param>
    /// <param name="home">The home folder (reject reports go to <c>reports/</c> there).</param>
    /// <param name="access">Read-only for commands that only read.</param>
    /// <param name="time">The clock that stamps loads (default: the system clock).</param>
    /// <param name="pooled">Keep connections pooled between opens (the web host opens one per request).</param>
    /// <param name="lake">The rate lake folder (default: <c>&lt;home&gt;/lake</c>): the embedded warehouse keeps payer rates there
    /// as Parquet files and their source records in itself.</param>
    public static IWarehouse Open(StoreLocation store, string home, WarehouseAccess access, TimeProvider? time = null, bool pooled = false,
        string? lake = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reports = Path.Combine(Path.GetFullPath(home), "reports");
        return store.Engine switch
        {
            StoreEngine.Sqlite => SqliteWarehouse.Open(store.Target, access, reports, time, pooled,
                new ParquetRateLake(lake ?? Path.Combine(Path.GetFullPath(home), "lake"))),
            StoreEngine.Postgres => PostgresWarehouse.Open(store.Target, access, reports, time),
            _ => throw new ArgumentOutOfRangeException(nameof(store), store.Engine, "Unknown store engine."),
        };
    }

    /// <summary>False when the store is a SQLite file not created yet; a server store is taken to exist (opening it says if not).</summary>
    public static bool Exists(StoreLocation store) => store.Engine != StoreEngine.Sqlite || File.Exists(store.Target);
}
