using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Tic;
using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake.Tests;

/// <summary>Real files ingest into the lake and read back with the counts the SQLite block store gives for them.</summary>
public sealed class LakeIngestTests : IDisposable
{
    private readonly LakeHome _home = new();

    public void Dispose() => _home.Dispose();

    private static readonly string CareFirst = SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz");

    private static string Example(string version, string name) =>
        SharedData.Path("tic_mrf", "cms_price_transparency_guide", version, "examples", "in-network-rates", name);

    public static TheoryData<string, string> Examples() => new()
    {
        { "v2.2.0", "in-network-rates-all-negotiated-types-sample.json" },
        { "v2.2.0", "in-network-rates-fee-for-service-single-plan-sample.json" },
        { "v2.2.0", "in-network-rates-multiple-plans-sample.json" },
        { "v2.2.0", "in-network-rates-no-npi.json" },
        { "v2.2.0", "in-network-rates-bundle-single-plan-sample.json" },
        { "v2.2.0", "in-network-rates-capitation-single-plan-sample.json" },
        { "v1.6.2", "in-network-rates-fee-for-service-single-plan-sample.json" },
        { "v1.6.2", "in-network-rates-multiple-plans-sample.json" },
        { "v1.6.2", "in-network-rates-no-npi.json" },
        { "v1.6.2", "in-network-rates-bundle-single-plan-sample.json" },
    };

    /// <summary>The same file in a warehouse without a lake (rates in SQLite blocks), for comparison.</summary>
    private static (TicLoadResult Result, Dictionary<string, List<StoredRate>> Rates) InBlocks(string path, TicLoadOptions options, IEnumerable<string> codes)
    {
        using var home = new TempHome();
        using var db = SqliteWarehouse.OpenHome(home.Path, WarehouseAccess.ReadWrite);
        var result = db.Rates.Ingest(path, options, CancellationToken.None);
        return (result, codes.ToDictionary(c => c, c => db.Rates.FeeForServiceRates(c).ToList()));
    }

    private static string Key(StoredRate r) => string.Join("|", r.Payer, r.BillingClass, r.Setting, r.PlaceOfServiceSet, r.Modifiers, r.NegotiatedType,
        r.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(",", r.GroupIds.Order(StringComparer.Ordinal)),
        r.Npis.Distinct().Count(), r.Tins.Distinct().Count());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Ingest_CmsExample_StoresAndReadsTheSameRatesAsTheBlockStore(string version, string name)
    {
        var path = Example(version, name);
        var codes = new[] { "43235", "27447", "99213", "99214", "81002", "0001A", "92012" };
        var (expected, blockRates) = InBlocks(path, new TicLoadOptions("CMS example", null, CodeFilter.All), codes);
        var result = _home.Warehouse.Rates.Ingest(path, new TicLoadOptions("CMS example", null, CodeFilter.All), CancellationToken.None);
        result.RowsStored.ShouldBe(expected.RowsStored);
        result.Duplicates.ShouldBe(expected.Duplicates);
        result.RowsStored.ShouldBeGreaterThan(0);
        _home.Files(LakeLayout.Rates).Length.ShouldBe(1);
        foreach (var code in codes)
            _home.Warehouse.Rates.FeeForServiceRates(code).Select(Key).Order(StringComparer.Ordinal)
                .ShouldBe(blockRates[code].Select(Key).Order(StringComparer.Ordinal), code);
        _home.Staged().ShouldBeEmpty();
    }

    [Fact]
    public void Ingest_CareFirst_SameCountsAsTheBlockStore_AndTheRatesOf43235()
    {
        var codes = new[] { "43235", "45378", "43239" };
        var options = new TicLoadOptions("Blue Cross Blue Shield (CareFirst)", null, CodeFilter.All);
        var (expected, blockRates) = InBlocks(CareFirst, options, codes);
        var result = _home.Warehouse.Rates.Ingest(CareFirst, options, CancellationToken.None);
        result.RowsStored.ShouldBe(expected.RowsStored);
        result.Report!.RemoteReferencesUnresolved.ShouldBe(370);
        foreach (var code in codes)
            _home.Warehouse.Rates.FeeForServiceRates(code).Select(Key).Order(StringComparer.Ordinal)
                .ShouldBe(blockRates[code].Select(Key).Order(StringComparer.Ordinal), code);
        // The issue's figures for 43235, professional: 72 rates, half of them $364.62, the highest $1,027.
        var professional = _home.Warehouse.Rates.FeeForServiceRates("43235").Where(r => r.BillingClass == "professional").Select(r => r.Rate).ToList();
        professional.Count.ShouldBe(72);
        professional.Count(r => r == 364.62m).ShouldBe(36);
        professional.Max().ShouldBe(1027m);
    }

    [Fact]
    public void Lake_ReadByDuckDbWithHivePartitioning_ShowsPayerNetworkAndMonth()
    {
        _home.Warehouse.Rates.Ingest(CareFirst, new TicLoadOptions("Blue Cross Blue Shield (CareFirst)", "PPO / national", new CodeFilter(["43235"])), CancellationToken.None);
        _home.Warehouse.Rates.Ingest(Example("v2.2.0", "in-network-rates-all-negotiated-types-sample.json"), new TicLoadOptions(null, null, CodeFilter.All), CancellationToken.None);
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"""
            SELECT payer, network, month, COUNT(*) AS n, COUNT(DISTINCT filename) AS files
            FROM read_parquet('{_home.Lake.Root}/rates/*/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false, filename = true)
            GROUP BY ALL ORDER BY payer
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(string Payer, string Network, string Month, long N, long Files)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)));
        rows.Count.ShouldBe(2);
        // A "/" in a label is percent-encoded in the folder name and decoded by the reader.
        rows[0].Payer.ShouldBe("Blue Cross Blue Shield (CareFirst)");
        rows[0].Network.ShouldBe("PPO / national");
        rows[0].Month.ShouldMatch(@"^\d{4}-\d{2}$");
        rows[0].N.ShouldBe(_home.Warehouse.Rates.FeeForServiceRates("43235").Count);
        rows[1].Files.ShouldBe(1);
        rows[1].N.ShouldBe(8);
        Directory.GetDirectories(Path.Combine(_home.Lake.Root, "rates")).Select(Path.GetFileName)
            .ShouldBe(["payer=Blue Cross Blue Shield %28CareFirst%29", $"payer={LakeLayout.Escape(rows[1].Payer)}"], ignoreOrder: true);
        _home.Files(LakeLayout.GroupSets).Length.ShouldBe(2);
        _home.Files(LakeLayout.ProviderGroups).Length.ShouldBe(2);
    }

    /// <summary>The README's DuckDB statement over the lake (its <c>lake/</c> made this lake's root) finds the rates the brief reads.</summary>
    [Fact]
    public void ReadmeDuckDbStatement_OverTheLake_FindsTheRatesTheBriefReads()
    {
        _home.Warehouse.Rates.Ingest(CareFirst, new TicLoadOptions("Blue Cross Blue Shield (CareFirst)", null, new CodeFilter(["43235", "45378"])), CancellationToken.None);
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf("```sql", readme.IndexOf("DuckDB (what CodeBrief runs):", StringComparison.Ordinal), StringComparison.Ordinal) + "```sql".Length;
        var statement = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Replace("'lake/", $"'{_home.Lake.Root}/", StringComparison.Ordinal).Trim().TrimEnd(';');
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*), COUNT(DISTINCT payer), MAX(negotiated_rate) FROM ({statement})";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        var ffs = _home.Warehouse.Rates.FeeForServiceRates("43235");
        reader.GetInt64(0).ShouldBe(ffs.Count);
        reader.GetInt64(1).ShouldBe(1);
        reader.GetDecimal(2).ShouldBe(ffs.Max(r => r.Rate));
    }
}
