using System.IO.Compression;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

/// <summary>A payer file is identified by its decompressed content; re-ingests add codes and never lose rows; a bad file stores nothing.</summary>
public sealed class TicFileIdentityTests : IDisposable
{
    private readonly TempTicWarehouse _warehouse = new();
    private SqliteConnection Db => _warehouse.Connection;

    public void Dispose() => _warehouse.Dispose();

    private static readonly string Sample = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates",
        "in-network-rates-all-negotiated-types-sample.json");

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        return Convert.ToInt64(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture); // every query here is an aggregate
    }

    private string Text(string sql)
    {
        using var c = Db.CreateCommand();
        c.CommandText = sql;
        return (string)c.ExecuteScalar()!; // the queries here select one text value
    }

    private string WriteGzip(string name, byte[] data, CompressionLevel level)
    {
        var path = Path.Combine(_warehouse.Folder, name);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, level);
        gz.Write(data);
        return path;
    }

    private static TicLoadOptions Codes(params string[] codes) => new(null, null, new CodeFilter(codes));

    [Fact]
    public void Load_SameContentInAnotherWrapper_IsNoOp()
    {
        var bytes = File.ReadAllBytes(Sample);
        var first = TicFileLoader.Load(Db, Sample, Codes());
        var gz = TicFileLoader.Load(Db, WriteGzip("sample.json.gz", bytes, CompressionLevel.Fastest), Codes());
        var gz9 = TicFileLoader.Load(Db, WriteGzip("renamed.json.gz", bytes, CompressionLevel.SmallestSize), Codes());
        first.Unchanged.ShouldBeFalse();
        gz.Unchanged.ShouldBeTrue();
        gz9.Unchanged.ShouldBeTrue();
        gz9.SourceId.ShouldBe(first.SourceId);
        Scalar(Db, "SELECT COUNT(*) FROM sources").ShouldBe(1);
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(first.RowsStored);
        Text("SELECT sha256 FROM sources").ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void Load_NarrowerOrMistypedFilterAfterAll_IsNoOpAndKeepsEveryRow()
    {
        var all = TicFileLoader.Load(Db, Sample, Codes());
        var version = Scalar(Db, "SELECT COUNT(*) FROM sources");
        TicFileLoader.Load(Db, Sample, Codes("8632O")).Unchanged.ShouldBeTrue();
        TicFileLoader.Load(Db, Sample, Codes("99214")).Unchanged.ShouldBeTrue();
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(all.RowsStored);
        Scalar(Db, "SELECT COUNT(*) FROM sources").ShouldBe(version);
        Text("SELECT code_filter FROM tic_files").ShouldBe("");
    }

    [Fact]
    public void Load_AnotherFilter_StoresTheUnionAndRecordsIt()
    {
        var first = TicFileLoader.Load(Db, Sample, Codes("99214"));
        first.RowsStored.ShouldBeGreaterThan(0);
        var second = TicFileLoader.Load(Db, Sample, Codes("27447"));
        second.Unchanged.ShouldBeFalse();
        Scalar(Db, "SELECT COUNT(*) FROM sources").ShouldBe(1);
        Text("SELECT code_filter FROM tic_files").ShouldBe("27447,99214");
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates WHERE billing_code = '99214'").ShouldBe(first.RowsStored);
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates WHERE billing_code = '27447'").ShouldBeGreaterThan(0);

        using var fresh = new TempTicWarehouse();
        var both = TicFileLoader.Load(fresh.Connection, Sample, Codes("99214", "27447"));
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(both.RowsStored);
        TicFileLoader.Load(Db, Sample, Codes("99214")).Unchanged.ShouldBeTrue(); // now covered by the union
    }

    [Fact]
    public void Load_MissingReportingEntityName_RequiresPayerAndStoresNothing()
    {
        var text = File.ReadAllText(Sample);
        var at = text.IndexOf("\"reporting_entity_name\"", StringComparison.Ordinal);
        var nameless = Path.Combine(_warehouse.Folder, "nameless.json");
        File.WriteAllText(nameless, text[..at] + "\"x_reporting_entity_name\"" + text[(at + "\"reporting_entity_name\"".Length)..], Encoding.UTF8);
        var e = Should.Throw<InputFormatException>(() => TicFileLoader.Load(Db, nameless, Codes()));
        e.Kind.ShouldBe(InputErrorKind.MissingField);
        e.File.ShouldBe("nameless.json");
        Scalar(Db, "SELECT COUNT(*) FROM sources").ShouldBe(0);
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(0);
        TicFileLoader.Load(Db, nameless, new TicLoadOptions("Named Payer", null, CodeFilter.All)).Payer.ShouldBe("Named Payer");
    }

    [Fact]
    public void Load_GzipWithoutTrailer_RollsBackAndTheNextFileStillLoads()
    {
        var bytes = File.ReadAllBytes(WriteGzip("whole.json.gz", File.ReadAllBytes(Sample), CompressionLevel.Optimal));
        var cut = Path.Combine(_warehouse.Folder, "cut.json.gz");
        File.WriteAllBytes(cut, bytes[..^8]);
        var e = Should.Throw<InputFormatException>(() => TicFileLoader.Load(Db, cut, Codes()));
        e.Kind.ShouldBe(InputErrorKind.Truncated);
        e.Location.ByteOffset.ShouldBe(new FileInfo(Sample).Length);
        Scalar(Db, "SELECT COUNT(*) FROM sources").ShouldBe(0);
        Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(0);
        TicFileLoader.Load(Db, Sample, Codes()).RowsStored.ShouldBe(8);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_FileLoadedByTheFirstRelease_TakesTheOldSourcesPlaceAndCountsOnce(bool narrowerBefore)
    {
        // What a first-release warehouse holds: the source hashed as the file lay on disk, and no schema version.
        var before = TicFileLoader.Load(Db, Sample, narrowerBefore ? Codes("21") : Codes());
        var rowsAll = narrowerBefore ? -1 : Scalar(Db, "SELECT COUNT(*) FROM tic_rates");
        using (var c = Db.CreateCommand())
        {
            c.CommandText = $"UPDATE sources SET sha256 = '{CodeBrief.Sources.FileHash.Sha256(Sample)}'; DROP TABLE warehouse_info;";
            c.ExecuteNonQuery();
        }
        _warehouse.Reopen(); // the upgrade marks the old hash

        var again = TicFileLoader.Load(_warehouse.Connection, Sample, Codes());

        again.Unchanged.ShouldBeFalse();
        Scalar(Db, "SELECT COUNT(*) FROM sources WHERE dataset LIKE 'tic-%'").ShouldBe(1); // replaced, not added
        Scalar(Db, $"SELECT COUNT(*) FROM sources WHERE id = {before.SourceId}").ShouldBe(0);
        if (!narrowerBefore) Scalar(Db, "SELECT COUNT(*) FROM tic_rates").ShouldBe(rowsAll);
        TicFileLoader.Load(_warehouse.Connection, Sample, Codes()).Unchanged.ShouldBeTrue(); // now known by content
    }
}
