using CodeBrief.Testing;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Tests.Fixtures;

/// <summary>
/// The shared fixture warehouse of real rows (tests/Fixtures/FixtureWarehouse.cs: PFS, CLFS, HCPCS, AOC, NUCC, ICD-10-CM,
/// GPCI) copied to a file in a temp folder, because the server opens its warehouse file read-only.
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    public TestWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "codebrief-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path_ = Path.Combine(Folder, "warehouse.db");
        using var memory = FixtureWarehouse.Open();
        using var file = new SqliteConnection($"Data Source={Path_};Pooling=False");
        file.Open();
        memory.BackupDatabase(file);
    }

    /// <summary>The temp folder (the CodeBrief home of the tests).</summary>
    public string Folder { get; }

    /// <summary>Full path of <c>warehouse.db</c>.</summary>
    public string Path_ { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // a server still closing may hold the file briefly
    }
}
