using CodeBrief.Warehouse;

namespace CodeBrief.Cli;

/// <summary>The home folder and the warehouse store of one invocation (see <see cref="GlobalOptions"/>).</summary>
/// <param name="Home">The home folder: fetched files (<c>raw/</c>) and reject reports (<c>reports/</c>).</param>
/// <param name="Store">Where the warehouse lives.</param>
/// <param name="Lake">The rate lake folder; null for the home's <c>lake/</c>.</param>
public sealed record WarehouseTarget(string Home, StoreLocation Store, string? Lake = null)
{
    /// <summary>The home's embedded SQLite warehouse.</summary>
    public static WarehouseTarget InHome(string home) => new(home, StoreLocation.Resolve(null, home));

    /// <summary>Opens the warehouse (see <see cref="WarehouseStores.Open"/>).</summary>
    public IWarehouse Open(WarehouseAccess access, TimeProvider? time = null, bool pooled = false) =>
        WarehouseStores.Open(Store, Home, access, time, pooled, Lake);
}
