namespace CodeBrief.Warehouse.Tests;

public sealed class WarehouseStatusTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Read_AfterLoads_ReportsCurrentVersionHistoryAndMissingDatasets()
    {
        using var db = WarehouseDb.Open(_home.Path);
        var time = new FixedTime(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var loader = new ReferenceLoader(db, _home.Path, time);
        var format = new FakeFormat();
        loader.Load(format, FakeFormat.Write(_home.Files, "a.csv", "25.0", FakeFormat.Rows(3)), new LoadOptions(), null, CancellationToken.None);
        time.Now = time.Now.AddDays(1);
        loader.Load(format, FakeFormat.Write(_home.Files, "b.csv", "25.1", [.. FakeFormat.Rows(4), "BAD"]), new LoadOptions(), null, CancellationToken.None);

        var report = WarehouseStatus.Read(db);

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
        using var db = WarehouseDb.Open(_home.Path);

        var report = WarehouseStatus.Read(db);

        report.Datasets.ShouldBeEmpty();
        report.Missing.ShouldBe(CodeBrief.Sources.DatasetCatalog.All.Select(d => d.Id));
    }
}
