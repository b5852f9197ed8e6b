using CodeBrief.Core.Errors;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Web.Tests.Fixtures;

namespace CodeBrief.Web.Tests.Server;

public sealed class WebHostBuildTests : IDisposable
{
    private readonly TestWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Build_MissingWarehouse_FailsBeforeServing()
    {
        var missing = Path.Combine(_warehouse.Folder, "none", "warehouse.db");
        var options = new WebHostOptions
        {
            OpenWarehouse = () => SqliteWarehouse.Open(missing, WarehouseAccess.ReadOnly, _warehouse.Folder),
            Store = missing,
        };
        Should.Throw<SourceUnavailableException>(() => WebHost.Build(options)).What.ShouldBe("warehouse");
        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void Build_WarehouseOpenedForWriting_IsRefused()
    {
        var options = new WebHostOptions
        {
            OpenWarehouse = () => SqliteWarehouse.Open(_warehouse.Path_, WarehouseAccess.ReadWrite, _warehouse.Folder),
            Store = _warehouse.Path_,
        };
        Should.Throw<ArgumentException>(() => WebHost.Build(options)).ParamName.ShouldBe("options");
    }

    [Fact]
    public async Task Build_ReadOnlyWarehouse_OpensOnceToCheckAndClosesIt()
    {
        var opened = 0;
        var disposed = 0;
        var options = _warehouse.HostOptions() with
        {
            OpenWarehouse = () =>
            {
                opened++;
                return new CountingWarehouse(_warehouse.Open(), () => disposed++);
            },
        };
        await using var app = WebHost.Build(options);
        opened.ShouldBe(1);
        disposed.ShouldBe(1);
    }

    // Forwards to a real warehouse and counts disposals.
    private sealed class CountingWarehouse(IWarehouse inner, Action onDispose) : IWarehouse
    {
        public string Display => inner.Display;
        public bool IsReadOnly => inner.IsReadOnly;
        public ISourceStore Sources => inner.Sources;
        public IReferenceStore Reference => inner.Reference;
        public IReferenceStore PreviousReference => inner.PreviousReference;
        public ICodeCatalog Catalog => inner.Catalog;
        public IEvidenceStore Evidence => inner.Evidence;
        public IRateStore Rates => inner.Rates;
        public IReferenceWriter Writer => inner.Writer;

        public void Dispose()
        {
            onDispose();
            inner.Dispose();
        }
    }
}
