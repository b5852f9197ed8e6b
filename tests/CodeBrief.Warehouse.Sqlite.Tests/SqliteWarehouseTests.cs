using CodeBrief.Warehouse.Tests;
using CodeBrief.Core.Errors;
using CodeBrief.Warehouse.Relational;
using CodeBrief.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

/// <summary>What only the embedded engine does: the file under the home, WAL, and upgrading a first-release warehouse.</summary>
public sealed class SqliteWarehouseTests : IDisposable
{
    private readonly SqliteStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void OpenHome_NewHome_CreatesWalWarehouseWithSchema()
    {
        using var db = SqliteWarehouse.OpenHome(_store.Home, WarehouseAccess.ReadWrite);

        db.Path.ShouldBe(Path.Combine(_store.Home, "warehouse.db"));
        db.Display.ShouldBe(db.Path);
        File.Exists(db.Path).ShouldBeTrue();
        _store.Query("PRAGMA journal_mode")[0][0].ShouldBe("wal");
        _store.Long("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sources', 'clfs', 'pfs_rvu', 'ncci_mue', 'tic_rate_blocks')").ShouldBe(5);
    }

    [Fact]
    public void OpenReadOnly_MissingFile_SaysToLoadAndCreatesNoFile()
    {
        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly)).Message.ShouldContain("codebrief data load");

        File.Exists(_store.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public void Open_FileThatIsNoDatabase_SaysSoWithoutChangingIt()
    {
        Directory.CreateDirectory(_store.Home);
        File.WriteAllText(_store.DatabasePath, "not a database, just text that happens to be here");

        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadWrite)).Message.ShouldContain("not a CodeBrief warehouse");
        File.ReadAllText(_store.DatabasePath).ShouldStartWith("not a database");
    }

    [Fact]
    public void OpenReadWrite_FirstReleaseWarehouse_UpgradesInPlaceKeepingRowsAndRates()
    {
        using (var old = new SqliteConnection($"Data Source={_store.DatabasePath};Pooling=False"))
        {
            Directory.CreateDirectory(_store.Home);
            old.Open();
            using var c = old.CreateCommand();
            c.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Release1", "schema.sql")) + """
                INSERT INTO sources (dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
                  VALUES ('nucc', 'NUCC', 'nucc_taxonomy_251.csv', '25.1', 'abc', 1, 0, '2026-11-01T00:00:00Z', 'current');
                INSERT INTO nucc_taxonomy (code, grouping, classification, source_id, row) VALUES ('207L00000X', 'Allopathic', 'Anesthesiology', 1, 7);
                """;
            c.ExecuteNonQuery();
        }
        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly)).Message.ShouldContain("schema version 1");

        using (_store.Open()) { }

        _store.Long("SELECT schema_version FROM warehouse_info").ShouldBe(WarehouseSchema.Current);
        using var reader = _store.Open(WarehouseAccess.ReadOnly);
        reader.Reference.Taxonomy("207L00000X").ShouldNotBeNull().Source.Row.ShouldBe(7);
        reader.Sources.DataVersion().ShouldBe(1);
        reader.Rates.FeeForServiceRates("99213").ShouldBeEmpty();
    }

    [Fact]
    public void OpenReadWrite_SchemaVersion2Warehouse_GainsThePaymentSystemTables()
    {
        using (_store.Open()) { }
        using (var old = new SqliteConnection($"Data Source={_store.DatabasePath};Pooling=False"))
        {
            old.Open();
            using var c = old.CreateCommand();
            c.CommandText = "DROP TABLE anes_base_units; DROP TABLE opps_rates; DROP TABLE asc_rates; DROP TABLE asp_prices; UPDATE warehouse_info SET schema_version = 2;";
            c.ExecuteNonQuery();
        }

        using (_store.Open()) { }

        _store.Long("SELECT schema_version FROM warehouse_info").ShouldBe(WarehouseSchema.Current);
        using var reader = _store.Open(WarehouseAccess.ReadOnly);
        reader.Reference.Opps("70450").ShouldBeEmpty();
        reader.Reference.Asc("70450").ShouldBeEmpty();
        reader.Reference.Asp("J9271").ShouldBeEmpty();
        reader.Reference.AnesthesiaBaseUnits("00120").ShouldBeEmpty();
    }
}
