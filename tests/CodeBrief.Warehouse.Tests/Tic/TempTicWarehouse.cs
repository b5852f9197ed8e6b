using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tests.Tic;

/// <summary>A fresh warehouse opened for TiC loading in a temporary folder, both gone after the test.</summary>
internal sealed class TempTicWarehouse : IDisposable
{
    private readonly TempHome _home = new();

    public TempTicWarehouse() => Connection = TicWarehouse.Open(DatabasePath);

    public SqliteConnection Connection { get; }

    /// <summary>The folder, for files the test writes.</summary>
    public string Folder => _home.Path;

    public string DatabasePath => Path.Combine(_home.Path, "warehouse.db");

    public void Dispose()
    {
        Connection.Dispose();
        _home.Dispose();
    }
}
