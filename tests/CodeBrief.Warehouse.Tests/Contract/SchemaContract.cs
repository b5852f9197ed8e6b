using CodeBrief.Core.Errors;
using CodeBrief.Warehouse.Relational;

namespace CodeBrief.Warehouse.Tests;

/// <summary>Schema versions on every engine: read-only opens never create or migrate; read-write opens upgrade in one go.</summary>
public abstract class SchemaContract<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _store = new();

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private void LoadTwoFiles()
    {
        using var warehouse = _store.Open();
        warehouse.Writer.Load(new FakeFormat(), FakeFormat.Write(_store.Files, "a.csv", "1", FakeFormat.Rows(2)), new LoadOptions(), null, CancellationToken.None);
        warehouse.Writer.Load(new FakeFormat(), FakeFormat.Write(_store.Files, "b.csv", "2", FakeFormat.Rows(3)), new LoadOptions(), null, CancellationToken.None);
    }

    [Fact]
    public void OpenReadOnly_EmptyStore_SaysToLoadAndCreatesNothing()
    {
        var error = Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly));

        error.Message.ShouldContain("codebrief data load");
        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly)); // still nothing there
    }

    [Fact]
    public void OpenReadWrite_EmptyStore_CreatesTheCurrentVersion()
    {
        using (_store.Open()) { }

        _store.Long("SELECT schema_version FROM warehouse_info").ShouldBe(WarehouseSchema.Current);
        _store.Long("SELECT data_version FROM warehouse_info").ShouldBe(0);
        using var reader = _store.Open(WarehouseAccess.ReadOnly);
        reader.IsReadOnly.ShouldBeTrue();
        reader.Sources.All().ShouldBeEmpty();
        Should.Throw<InvalidOperationException>(() => reader.Writer);
    }

    [Fact]
    public void OpenReadWrite_Twice_KeepsLoadedData()
    {
        LoadTwoFiles();

        using var again = _store.Open();

        again.Sources.All().Count.ShouldBe(2);
        _store.NuccCodesOf(SourceRecord.Current).Count.ShouldBe(3);
        _store.NuccCodesOf(SourceRecord.Previous).Count.ShouldBe(2);
    }

    [Fact]
    public void OpenReadOnly_OlderVersion_NamesTheCommandThatUpgrades()
    {
        LoadTwoFiles();
        _store.Execute("DROP TABLE warehouse_info"); // what the first release wrote: the tables without a version

        var error = Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly));

        error.Message.ShouldContain("schema version 1");
        error.Message.ShouldContain("codebrief data load");
    }

    [Fact]
    public void OpenReadWrite_OlderVersion_UpgradesAndKeepsEveryRow()
    {
        LoadTwoFiles();
        _store.Execute("DROP TABLE warehouse_info");

        using (_store.Open()) { }

        _store.Long("SELECT schema_version FROM warehouse_info").ShouldBe(WarehouseSchema.Current);
        _store.Long("SELECT data_version FROM warehouse_info").ShouldBe(2); // the loads already committed
        using var reader = _store.Open(WarehouseAccess.ReadOnly);
        reader.Sources.All().Select(s => s.FileName).ShouldBe(["b.csv", "a.csv"]);
        _store.NuccCodesOf(SourceRecord.Current).Count.ShouldBe(3);
    }

    [Fact]
    public void Open_NewerVersion_RefusesBothWaysAndChangesNothing()
    {
        LoadTwoFiles();
        _store.Execute("UPDATE warehouse_info SET schema_version = 99");

        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadOnly)).Message.ShouldContain("newer");
        Should.Throw<SourceUnavailableException>(() => _store.Open(WarehouseAccess.ReadWrite)).Message.ShouldContain("newer");
        _store.Long("SELECT schema_version FROM warehouse_info").ShouldBe(99);
    }
}
