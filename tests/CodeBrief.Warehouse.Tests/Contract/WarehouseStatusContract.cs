namespace CodeBrief.Warehouse.Tests;

/// <summary><see cref="WarehouseStatus"/> over every engine's source register.</summary>
public abstract class WarehouseStatusContract<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _store = new();

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Read_AfterLoads_ReportsCurrentVersionHistoryAndMissingDatasets()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        using var db = _store.Open(WarehouseAccess.ReadWrite, time);
        var loader = db.Writer;
        var format = new FakeFormat();
        loader.Load(format, FakeFormat.Write(_store.Files, "a.csv", "25.0", FakeFormat.Rows(3)), new LoadOptions(), null, CancellationToken.None);
        time.Now = time.Now.AddDays(1);
        loader.Load(format, FakeFormat.Write(_store.Files, "b.csv", "25.1", [.. FakeFormat.Rows(4), "BAD"]), new LoadOptions(AcceptRejects: true), null, CancellationToken.None);

        var report = WarehouseStatus.Read(db.Sources);

        var nucc = report.Datasets.ShouldHaveSingleItem();
        nucc.Dataset.ShouldBe("nucc");
        nucc.Version.ShouldBe("25.1");
        nucc.Rows.ShouldBe(4);
        nucc.Rejected.ShouldBe(1);
        nucc.LoadedAt.ShouldBe(time.Now);
        nucc.Current.ShouldHaveSingleItem().FileName.ShouldBe("b.csv");
        nucc.History.ShouldHaveSingleItem().FileName.ShouldBe("a.csv");
        report.Missing.ShouldNotContain("nucc");
        report.Missing.ShouldContain("clfs");
        report.Missing.Count.ShouldBe(CodeBrief.Sources.DatasetCatalog.All.Count - 1);
    }

    [Fact]
    public void Read_EmptyWarehouse_ListsEveryCatalogueDatasetAsMissing()
    {
        using var db = _store.Open();

        var report = WarehouseStatus.Read(db.Sources);

        report.Datasets.ShouldBeEmpty();
        report.Missing.ShouldBe(CodeBrief.Sources.DatasetCatalog.All.Select(d => d.Id));
    }
}
