using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Tests.Fixtures;

/// <summary>
/// The shared fixture warehouse of real rows (tests/Fixtures/FixtureWarehouse.cs: PFS, CLFS, HCPCS, AOC, NUCC, ICD-10-CM,
/// GPCI) copied to a file of its own in a temp folder, which the code under test opens read-only (<see cref="Open"/>).
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    public TestWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "codebrief-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path_ = Path.Combine(Folder, "warehouse.db");
        using var fixture = FixtureWarehouse.Open();
        using var source = new SqliteConnection($"Data Source={fixture.Warehouse.Path};Mode=ReadOnly;Pooling=False");
        using var file = new SqliteConnection($"Data Source={Path_};Pooling=False");
        source.Open();
        file.Open();
        source.BackupDatabase(file);
        // The fixture is in WAL mode; a rollback-journal copy lets the server tests see that reading writes no file at all.
        using var journal = file.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE";
        journal.ExecuteNonQuery();
    }

    /// <summary>The temp folder (the CodeBrief home of the tests).</summary>
    public string Folder { get; }

    /// <summary>Full path of <c>warehouse.db</c>.</summary>
    public string Path_ { get; }

    /// <summary>Opens the copy read-only and pooled, as <c>codebrief serve</c> does; the caller disposes it.</summary>
    public SqliteWarehouse Open() => SqliteWarehouse.Open(Path_, WarehouseAccess.ReadOnly, Path.Combine(Folder, "reports"), pooled: true);

    /// <summary>Options for <see cref="WebHost.Build"/> over the copy, on a free loopback port.</summary>
    public WebHostOptions HostOptions() => new() { OpenWarehouse = Open, Store = Path_, Urls = "http://127.0.0.1:0" };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // a server still closing may hold the file briefly
    }
}
