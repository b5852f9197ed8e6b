namespace CodeBrief.Warehouse.Tests;

public sealed class WarehouseDbTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Open_NewHome_CreatesWalWarehouseWithSchema()
    {
        using var db = WarehouseDb.Open(_home.Path);

        db.Path.ShouldBe(Path.Combine(_home.Path, "warehouse.db"));
        File.Exists(db.Path).ShouldBeTrue();
        using var command = db.Connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().ShouldBe("wal");
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sources', 'clfs', 'pfs_rvu', 'ncci_mue')";
        command.ExecuteScalar().ShouldBe(4L);
    }

    [Fact]
    public void Open_Twice_KeepsLoadedData()
    {
        using (var db = WarehouseDb.Open(_home.Path))
            new ReferenceLoader(db, _home.Path, TimeProvider.System)
                .Load(new FakeFormat(), FakeFormat.Write(_home.Files, "a.csv", "1", FakeFormat.Rows(2)), new LoadOptions(), null, CancellationToken.None);

        using var again = WarehouseDb.Open(_home.Path);

        WarehouseQuery.Rows(again).Count.ShouldBe(2);
    }
}
