using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

/// <summary>A fresh warehouse opened for TiC loading in a temporary folder, both gone after the test.</summary>
internal sealed class TempTicWarehouse : IDisposable
{
    private readonly TempHome _home = new();

    public TempTicWarehouse() => Reopen();

    /// <summary>The warehouse.</summary>
    public SqliteWarehouse Warehouse { get; private set; } = null!; // set by Reopen in the constructor

    public SqliteConnection Connection => Warehouse.Connection;

    /// <summary>Closes and opens the warehouse again (read-write: an older schema is upgraded).</summary>
    public void Reopen()
    {
        Warehouse?.Dispose();
        Warehouse = SqliteWarehouse.Open(DatabasePath, WarehouseAccess.ReadWrite, _home.Path);
    }

    /// <summary>The folder, for files the test writes.</summary>
    public string Folder => _home.Path;

    public string DatabasePath => Path.Combine(_home.Path, "warehouse.db");

    public void Dispose()
    {
        Warehouse.Dispose();
        _home.Dispose();
    }
}
