using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tests;

public sealed class RateBlocksMigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"codebrief-migrate-{Guid.NewGuid():N}");

    public RateBlocksMigrationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_WarehouseWithOneRowPerRate_KeepsEveryRateInTheView()
    {
        var path = Path.Combine(_folder, "warehouse.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var c = old.CreateCommand();
            // The layout before rates were packed: a row per rate, and the view over it.
            c.CommandText = """
                CREATE TABLE tic_rate_rows (source_id INTEGER NOT NULL, dims_id INTEGER NOT NULL, group_set_id INTEGER NOT NULL, rate TEXT NOT NULL,
                  row INTEGER NOT NULL, dup_count INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (source_id, dims_id, group_set_id, rate)) WITHOUT ROWID;
                CREATE VIEW tic_rates AS SELECT source_id, row, rate, group_set_id, dup_count FROM tic_rate_rows;
                INSERT INTO tic_rate_rows VALUES (1, 1, 5, '763.83', 0, 1), (1, 1, 6, '90', 2, 3), (1, 2, 5, '40.5', 1, 1);
                """;
            c.ExecuteNonQuery();
        }
        using var warehouse = SqliteWarehouse.Open(path, WarehouseAccess.ReadWrite, _folder);
        var db = warehouse.Connection;
        using var q = db.CreateCommand();
        q.CommandText = "SELECT group_concat(dims_id || ':' || group_set_id || ':' || rate || ':' || row || ':' || dup_count, ' ') FROM (SELECT b.dims_id, e.value ->> 0 AS group_set_id, e.value ->> 1 AS rate, e.value ->> 2 AS row, e.value ->> 3 AS dup_count FROM tic_rate_blocks b, json_each(b.rates) e ORDER BY 1, 2)";
        q.ExecuteScalar().ShouldBe("1:5:763.83:0:1 1:6:90:2:3 2:5:40.5:1:1");
        q.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'tic_rate_rows'";
        q.ExecuteScalar().ShouldBe(0L);
        q.CommandText = """
            INSERT INTO tic_rate_dims(source_id,dims_id,billing_code,billing_code_type,billing_class,negotiated_type,arrangement)
              VALUES (1, 1, '99213', 'CPT', 'professional', 'negotiated', 'ffs');
            SELECT typeof(rate) || ' ' || rate FROM tic_rates WHERE group_set_id = 6
            """;
        q.ExecuteScalar().ShouldBe("text 90");
    }
}
