using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

/// <summary>The packing of rates into blocks: what the view unpacks must be the distinct rates with their counts, however the blocks were cut.</summary>
public sealed class RateBlockWriterTests : IDisposable
{
    private readonly TempTicWarehouse _warehouse = new();
    private SqliteConnection Db => _warehouse.Connection;

    public void Dispose() => _warehouse.Dispose();

    private List<(long Set, string Rate, long Row, long Count)> Entries(int dims)
    {
        using var c = Db.CreateCommand();
        c.CommandText = """
            SELECT e.value ->> 0, e.value ->> 1, COALESCE(e.value ->> 2, b.row), COALESCE(e.value ->> 3, 1)
            FROM tic_rate_blocks b, json_each(b.rates) e WHERE b.source_id = 1 AND b.dims_id = $d ORDER BY 1, 2
            """;
        c.Parameters.AddWithValue("$d", dims);
        using var r = c.ExecuteReader();
        var list = new List<(long, string, long, long)>();
        while (r.Read()) list.Add((r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
        return list;
    }

    private long Blocks(int dims)
    {
        using var c = Db.CreateCommand();
        c.CommandText = "SELECT COUNT(*) FROM tic_rate_blocks WHERE source_id = 1 AND dims_id = $d";
        c.Parameters.AddWithValue("$d", dims);
        return (long)c.ExecuteScalar()!; // COUNT(*) always returns a row
    }

    private string Json(int dims)
    {
        using var c = Db.CreateCommand();
        c.CommandText = "SELECT group_concat(rates, ' ') FROM tic_rate_blocks WHERE source_id = 1 AND dims_id = $d";
        c.Parameters.AddWithValue("$d", dims);
        return (string)c.ExecuteScalar()!; // the tests ask only for dims they stored
    }

    [Fact]
    public void Add_SameRateInTwoItems_MergedIntoOneEntryWithTheEarlierRow()
    {
        using (var writer = new RateBlockWriter(Db, sourceId: 1))
        {
            writer.Add(dims: 1, set: 7, rate: 100m, row: 0);
            writer.Add(dims: 1, set: 7, rate: 120.5m, row: 0);
            writer.Add(dims: 2, set: 7, rate: 100m, row: 0);
            writer.Add(dims: 1, set: 7, rate: 100m, row: 3);
            writer.Add(dims: 1, set: 8, rate: 100m, row: 3);
            writer.Finish();
        }
        Entries(1).ShouldBe([(7, "100", 0, 2), (7, "120.5", 0, 1), (8, "100", 3, 1)]);
        Entries(2).ShouldBe([(7, "100", 0, 1)]);
        Blocks(1).ShouldBe(1);
        Json(2).ShouldBe("""[[7,"100"]]""", "an entry of the block's row standing for one rate is written short");
    }

    [Fact]
    public void Add_MoreRatesThanABlockHolds_SplitsAndStillCollapsesAcrossBlocks()
    {
        using (var writer = new RateBlockWriter(Db, sourceId: 1, maxRates: 2))
        {
            foreach (var rate in new[] { 1m, 2m, 3m, 1m, 4m, 2m, 5m }) writer.Add(dims: 1, set: 1, rate: rate, row: 0);
            writer.Finish();
        }
        Entries(1).ShouldBe([(1, "1", 0, 2), (1, "2", 0, 2), (1, "3", 0, 1), (1, "4", 0, 1), (1, "5", 0, 1)]);
        Blocks(1).ShouldBe(3);
    }
}
