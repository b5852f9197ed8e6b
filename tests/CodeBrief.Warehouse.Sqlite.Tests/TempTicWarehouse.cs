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

    public TempTicWarehouse()
    {
        Warehouse = SqliteWarehouse.Open(DatabasePath, WarehouseAccess.ReadWrite, _home.Path);
        Connection = Warehouse.Connection;
    }

    /// <summary>The warehouse.</summary>
    public SqliteWarehouse Warehouse { get; }

    public SqliteConnection Connection { get; }

    /// <summary>The folder, for files the test writes.</summary>
    public string Folder => _home.Path;

    public string DatabasePath => Path.Combine(_home.Path, "warehouse.db");

    public void Dispose()
    {
        Warehouse.Dispose();
        _home.Dispose();
    }
}
