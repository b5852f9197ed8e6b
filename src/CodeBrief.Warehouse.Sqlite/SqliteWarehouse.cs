using CodeBrief.Core.Errors;
using CodeBrief.Warehouse.Relational;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite;

/// <summary>
/// The embedded warehouse: one SQLite file (by default <c>&lt;home&gt;/warehouse.db</c>) in WAL mode, so readers (the web
/// host) see the last committed load while a new one is written. Also the home of the payer-rate tables.
/// </summary>
/// <remarks>One connection per instance; not thread-safe.</remarks>
public sealed class SqliteWarehouse : RelationalWarehouse
{
    private readonly SqliteConnection _connection;

    private SqliteWarehouse(SqliteConnection connection, string path, bool readOnly, string reportsFolder, TimeProvider time, IRateLake? lake)
        : base(connection, SqliteDialect.Instance, path, readOnly, reportsFolder, time)
    {
        _connection = connection;
        Path = path;
        Rates = new SqliteRateStore(connection, readOnly, path, lake);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override IRateStore Rates { get; }

    /// <summary>The open connection, for this engine's tests and benchmarks.</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>Opens the warehouse file of <paramref name="home"/>, with reject reports under <c>&lt;home&gt;/reports</c>.</summary>
    /// <param name="home">The home folder.</param>
    /// <param name="access">Read-only or read-write.</param>
    /// <param name="time">The clock that stamps loads (default: the system clock).</param>
    /// <param name="lake">Where in-network rates go and are read from; null keeps them in this warehouse's rate blocks.</param>
    public static SqliteWarehouse OpenHome(string home, WarehouseAccess access, TimeProvider? time = null, IRateLake? lake = null) =>
        Open(StoreLocation.SqliteFileIn(home), access, System.IO.Path.Combine(System.IO.Path.GetFullPath(home), "reports"), time, lake: lake);

    /// <summary>
    /// Opens the warehouse at <paramref name="path"/>. Read-write creates the file when missing and upgrades an older schema
    /// in one transaction; read-only creates and changes nothing and never blocks a running load.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="access">Read-only or read-write.</param>
    /// <param name="reportsFolder">Where reject reports go.</param>
    /// <param name="time">The clock that stamps loads (default: the system clock).</param>
    /// <param name="pooled">Keep the file open in the connection pool after dispose (the web host's per-request opens);
    /// off by default so a closed warehouse's folder can be deleted.</param>
    /// <param name="lake">Where in-network rates go and are read from (the warehouse keeps their source records); null keeps
    /// them in this warehouse's rate blocks.</param>
    /// <exception cref="SourceUnavailableException">Read-only, and the file is missing, of another schema version, or no warehouse.</exception>
    public static SqliteWarehouse Open(string path, WarehouseAccess access, string reportsFolder, TimeProvider? time = null, bool pooled = false,
        IRateLake? lake = null)
    {
        path = System.IO.Path.GetFullPath(path);
        var readOnly = access == WarehouseAccess.ReadOnly;
        if (readOnly && !File.Exists(path)) throw new SourceUnavailableException("warehouse", ErrorMessages.NoWarehouse(path));
        if (!readOnly) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!); // a full path has a directory
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = pooled, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        try
        {
            connection.Open();
            if (readOnly) WarehouseSchema.RequireCurrent(connection, SqliteDialect.Instance, path);
            else Prepare(connection, path);
            return new SqliteWarehouse(connection, path, readOnly, reportsFolder, time ?? TimeProvider.System, lake);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */)
        {
            connection.Dispose();
            throw new SourceUnavailableException("warehouse", $"{path} is not a CodeBrief warehouse (not a SQLite database). Point --home or --store at a warehouse, or move the file away.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>WAL journal, then the schema: created, upgraded or left as it is, in one transaction.</summary>
    private static void Prepare(SqliteConnection connection, string path)
    {
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA cache_size=-65536;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        var migrateRates = RateBlocksMigration.Prepare(connection, transaction);
        var before = WarehouseSchema.Upgrade(connection, transaction, SqliteDialect.Instance, path, [RatesSchema()]);
        if (migrateRates) RateBlocksMigration.Run(connection, transaction);
        // Release 1 hashed payer files as they lie on disk; from version 2 a TiC source is known by its decompressed content.
        // Marked, the old hashes match no content, and the next load of the same file name takes the old source's place.
        if (before is > 0 and < 2)
            Sql.Execute(connection, transaction, $"UPDATE sources SET sha256 = '{TicFileLoader.LegacyHashPrefix}' || sha256 WHERE dataset LIKE 'tic-%'");
        transaction.Commit();
    }

    private static string RatesSchema()
    {
        using var stream = typeof(SqliteWarehouse).Assembly.GetManifestResourceStream("CodeBrief.Warehouse.Sqlite.Schema.rates.sql")
            ?? throw new InvalidOperationException("The rates schema is not embedded in CodeBrief.Warehouse.Sqlite.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
