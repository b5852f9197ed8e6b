using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tests;

namespace CodeBrief.Warehouse.Lake.Tests;

/// <summary>A temporary home with a SQLite warehouse whose rates go to a lake under <c>lake/</c>, as the CLI opens it.</summary>
internal sealed class LakeHome : IDisposable
{
    private readonly TempHome _home = new();

    public LakeHome() => Reopen();

    /// <summary>The warehouse, with the lake as its rate store.</summary>
    public SqliteWarehouse Warehouse { get; private set; } = null!; // set by Reopen in the constructor

    /// <summary>The lake.</summary>
    public ParquetRateLake Lake { get; private set; } = null!; // set by Reopen

    /// <summary>The home folder, for files a test writes.</summary>
    public string Folder => _home.Path;

    /// <summary>Closes and opens the warehouse again; <paramref name="withLake"/> false opens it as a home before the lake.</summary>
    public void Reopen(bool withLake = true)
    {
        Warehouse?.Dispose();
        Lake = new ParquetRateLake(Path.Combine(_home.Path, "lake"));
        Warehouse = SqliteWarehouse.OpenHome(_home.Path, WarehouseAccess.ReadWrite, lake: withLake ? Lake : null);
    }

    /// <summary>The Parquet files under the lake's <paramref name="table"/> folder.</summary>
    public string[] Files(string table)
    {
        var folder = Path.Combine(Lake.Root, table);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories) : [];
    }

    /// <summary>Everything left in the staging folder (nothing once a load ends, whichever way).</summary>
    public string[] Staged()
    {
        var folder = Path.Combine(Lake.Root, ".staging");
        return Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder) : [];
    }

    public void Dispose()
    {
        Warehouse.Dispose();
        _home.Dispose();
    }
}
