using CodeBrief.Warehouse.Relational;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>
/// The warehouse in a PostgreSQL database, for teams: several analysts, a web site on more than one instance, nightly loads
/// while the site serves. The same tables and queries as the embedded store; loads use binary COPY, one transaction per file.
/// </summary>
/// <remarks>
/// Payer rates are not kept here (they are moving to a columnar lake): <see cref="Rates"/> holds none and refuses ingest.
/// One connection per instance; not thread-safe.
/// </remarks>
public sealed class PostgresWarehouse : RelationalWarehouse
{
    // One upgrade at a time: two CodeBrief processes opening an older database together must not both migrate it.
    private const long UpgradeLock = 0x436F646542726965; // "CodeBrie"

    private PostgresWarehouse(NpgsqlConnection connection, PostgresDialect dialect, PostgresLocation location, bool readOnly, string reportsFolder,
        TimeProvider time)
        : base(connection, dialect, location.Display, readOnly, reportsFolder, time)
    {
    }

    /// <inheritdoc />
    public override IRateStore Rates { get; } = new UnsupportedRateStore("the PostgreSQL store");

    /// <summary>
    /// Opens the warehouse in the database <paramref name="store"/> names (a <c>postgres://</c> URL or an Npgsql connection
    /// string). Read-write creates the tables in an empty database and upgrades an older schema in one transaction;
    /// read-only changes nothing and runs every statement in read-only transactions.
    /// </summary>
    /// <exception cref="Core.Errors.UsageException">The URL is malformed.</exception>
    /// <exception cref="Core.Errors.SourceUnavailableException">The server is unreachable, refuses the login, lacks the
    /// database, or holds no warehouse (read-only) or one of another schema version.</exception>
    public static PostgresWarehouse Open(string store, WarehouseAccess access, string reportsFolder, TimeProvider? time = null)
    {
        var location = PostgresLocation.Parse(store);
        var dialect = new PostgresDialect(location);
        // A brief runs the same dozen queries for every code: let Npgsql prepare them once per connection.
        var builder = location.CreateBuilder();
        builder.MaxAutoPrepare = 32;
        builder.AutoPrepareMinUsages = 2;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var readOnly = access == WarehouseAccess.ReadOnly;
            if (readOnly)
            {
                Sql.Execute(connection, null, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                WarehouseSchema.RequireCurrent(connection, dialect, location.Display);
            }
            else
            {
                using var transaction = connection.BeginTransaction();
                Sql.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", UpgradeLock));
                WarehouseSchema.Upgrade(connection, transaction, dialect, location.Display, []);
                transaction.Commit();
            }
            return new PostgresWarehouse(connection, dialect, location, readOnly, reportsFolder, time ?? TimeProvider.System);
        }
        catch (Exception e) when (PostgresErrors.TryTranslate(e, location, PostgresActivity.Connecting, out var translated))
        {
            connection.Dispose();
            throw translated;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
