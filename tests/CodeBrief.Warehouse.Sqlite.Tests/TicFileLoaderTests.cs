using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

public sealed class TicFileLoaderTests : IDisposable
{
    private readonly TempTicWarehouse _warehouse = new();
    private SqliteConnection Db => _warehouse.Connection;
    private string Folder => _warehouse.Folder;

    public void Dispose() => _warehouse.Dispose();

    private static string Example(string version, string name) =>
        SharedData.Path("tic_mrf", "cms_price_transparency_guide", version, "examples", "in-network-rates", name);

    private long Scalar(string sql)
    {
        using var c = Db.CreateCommand();
        c.CommandText = sql;
        return (long)c.ExecuteScalar()!; // every query here is an aggregate
    }

    [Fact]
    public void Load_SameFileTwice_SecondIsNoOp()
    {
        var options = new TicLoadOptions(null, null, CodeFilter.All);
        var first = TicFileLoader.Load(Db, Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"), options);
        var second = TicFileLoader.Load(Db, Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"), options);
        first.Unchanged.ShouldBeFalse();
        second.Unchanged.ShouldBeTrue();
        Scalar("SELECT COUNT(*) FROM sources").ShouldBe(1);
        Scalar("SELECT COUNT(*) FROM tic_rates").ShouldBe(first.RowsStored);
        first.RowsStored.ShouldBe(8);
    }

    [Fact]
    public void Load_WithAnotherConnectionOpen_StillLoadsAndLeavesWalMode()
    {
        using (var reader = new SqliteConnection($"Data Source={_warehouse.DatabasePath};Pooling=False"))
        {
            reader.Open(); // as codebrief serve would hold it: the load cannot take the warehouse for itself
            using (var query = reader.CreateCommand())
            {
                query.CommandText = "SELECT COUNT(*) FROM sources";
                query.ExecuteScalar();
            }
            TicFileLoader.Load(Db, Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"), new TicLoadOptions(null, null, CodeFilter.All))
                .RowsStored.ShouldBe(8);
        }
        TicFileLoader.Load(Db, Example("v1.6.2", "in-network-rates-fee-for-service-single-plan-sample.json"), new TicLoadOptions(null, null, CodeFilter.All))
            .RowsStored.ShouldBeGreaterThan(0);
        using var mode = Db.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        mode.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public void Load_V2File_StoresGroupsSoNpisAndTinsCanBeCounted()
    {
        TicFileLoader.Load(Db, Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"), new TicLoadOptions("Comprehensive", null, CodeFilter.All));
        Scalar("SELECT COUNT(DISTINCT npi) FROM tic_provider_groups").ShouldBeGreaterThan(3);
        Scalar("SELECT COUNT(DISTINCT tin_value) FROM tic_provider_groups").ShouldBeGreaterThan(1);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE setting <> ''").ShouldBe(8);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE negotiated_type = 'percentage'").ShouldBe(2);
        Scalar("SELECT COUNT(*) FROM tic_files WHERE payer = 'Comprehensive'").ShouldBe(1);
    }

    [Fact]
    public void Load_BundleAndCapitation_StoredWithArrangement()
    {
        var options = new TicLoadOptions(null, null, CodeFilter.All);
        TicFileLoader.Load(Db, Example("v1.6.2", "in-network-rates-bundle-single-plan-sample.json"), options);
        TicFileLoader.Load(Db, Example("v1.6.2", "in-network-rates-capitation-single-plan-sample.json"), options);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE arrangement = 'bundle'").ShouldBeGreaterThan(0);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE arrangement = 'capitation'").ShouldBeGreaterThan(0);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE arrangement = 'ffs'").ShouldBe(0);
    }

    [Fact]
    public void Load_DuplicateRows_CollapsedAndCounted()
    {
        var json = """
        {"reporting_entity_name":"Dup","reporting_entity_type":"issuer","last_updated_on":"2025-01-01","version":"1.0.0",
         "provider_references":[{"provider_group_id":1,"provider_groups":[{"npi":[1234567893],"tin":{"type":"ein","value":"1"}}]}],
         "in_network":[
          {"negotiation_arrangement":"ffs","name":"a","billing_code_type":"CPT","billing_code_type_version":"2025","billing_code":"99213","description":"a",
           "negotiated_rates":[{"provider_references":[1],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":100.0,"expiration_date":"2025-12-31","billing_class":"professional","service_code":["11"]}]},
                               {"provider_references":[1],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":100.00,"expiration_date":"2025-12-31","billing_class":"professional","service_code":["11"]}]}]}]}
        """;
        var path = Path.Combine(Folder, "dup.json");
        File.WriteAllText(path, json);
        var result = TicFileLoader.Load(Db, path, new TicLoadOptions(null, null, CodeFilter.All));
        result.RowsStored.ShouldBe(1);
        result.Duplicates.ShouldBe(1);
        Scalar("SELECT dup_count FROM tic_rates").ShouldBe(2);
    }

    [Fact]
    public void Load_SamePriceShapeForTwoGroupSets_SharesOneDimsRow()
    {
        const string json = """
        {"reporting_entity_name":"Dims","reporting_entity_type":"issuer","last_updated_on":"2025-01-01","version":"1.0.0",
         "provider_references":[{"provider_group_id":1,"provider_groups":[{"npi":[1234567893],"tin":{"type":"ein","value":"1"}}]},
                                {"provider_group_id":2,"provider_groups":[{"npi":[1245319599],"tin":{"type":"ein","value":"2"}}]}],
         "in_network":[
          {"negotiation_arrangement":"ffs","name":"a","billing_code_type":"CPT","billing_code_type_version":"2025","billing_code":"99213","description":"a",
           "negotiated_rates":[{"provider_references":[1],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":100,"expiration_date":"2025-12-31","billing_class":"professional","service_code":["11"]}]},
                               {"provider_references":[2],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":120,"expiration_date":"2025-12-31","billing_class":"professional","service_code":["11"]},
                                                                               {"negotiated_type":"negotiated","negotiated_rate":90,"expiration_date":"2025-12-31","billing_class":"professional","service_code":["22","11"]}]}]}]}
        """;
        var path = Path.Combine(Folder, "dims.json");
        File.WriteAllText(path, json);
        var result = TicFileLoader.Load(Db, path, new TicLoadOptions(null, null, CodeFilter.All));
        result.RowsStored.ShouldBe(3);
        Scalar("SELECT COUNT(*) FROM tic_rate_dims").ShouldBe(2);
        Scalar("SELECT COUNT(DISTINCT group_set_id) FROM tic_rates WHERE billing_code = '99213' AND pos_set = '11'").ShouldBe(2);
        Scalar("SELECT COUNT(*) FROM tic_rates WHERE pos_set = '11,22' AND rate = '90' AND billing_code_type_version = '2025'").ShouldBe(1);
    }

    [Fact]
    public void Load_MalformedFile_StoresNothing()
    {
        var path = Path.Combine(Folder, "bad.json");
        var text = File.ReadAllText(Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"));
        File.WriteAllText(path, text[..(text.Length - 40)]);
        var e = Should.Throw<InputFormatException>(() => TicFileLoader.Load(Db, path, new TicLoadOptions(null, null, CodeFilter.All)));
        e.Kind.ShouldBe(InputErrorKind.Truncated);
        Scalar("SELECT COUNT(*) FROM sources").ShouldBe(0);
        Scalar("SELECT COUNT(*) FROM tic_rates").ShouldBe(0);
        Scalar("SELECT COUNT(*) FROM tic_rate_dims").ShouldBe(0);
        Scalar("SELECT COUNT(*) FROM tic_group_sets").ShouldBe(0);
    }

    [Fact]
    public void Load_CareFirst_AllRatesStoredAndRemoteGroupsUnresolved()
    {
        var result = TicFileLoader.Load(Db, SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"), new TicLoadOptions(null, null, CodeFilter.All));
        Scalar("SELECT SUM(dup_count) FROM tic_rates").ShouldBe(122_310);
        Scalar("SELECT remote_references_unresolved FROM tic_files").ShouldBe(370);
        Scalar("SELECT COUNT(*) FROM tic_provider_groups").ShouldBe(0);
        Scalar("SELECT COUNT(DISTINCT group_id) FROM tic_group_sets").ShouldBe(74);
        result.Payer.ShouldBe("CareFirst BlueCross BlueShield");
    }
}
