using System.Data.Common;
using CodeBrief.Core.Errors;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

/// <summary>
/// The schema version of a warehouse and the upgrade from older ones. The DDL is kept as plain SQL files under
/// <c>Schema/</c>, embedded in the assembly, written in the subset of SQL that SQLite and PostgreSQL share and spelled for
/// each engine by <see cref="SqlDialect.Ddl"/>.
/// </summary>
/// <remarks>
/// Versions: 0 an empty store; 1 the first release (tables without <c>warehouse_info</c>); 2 adds <c>warehouse_info</c>
/// (schema and data versions); 3 keeps the previous version of each dataset (<c>sources.status = 'previous'</c>) and adds
/// <c>sources.effective_date</c> and the DMEPOS fee schedule, rural ZIP, anesthesia base units, OPPS Addendum B, ASC addenda and ASP tables. A new version adds a step to <see cref="Upgrade"/>; every step runs in the one transaction
/// the caller commits, so a failed upgrade leaves the older warehouse as it was.
/// </remarks>
public static class WarehouseSchema
{
    /// <summary>The version this release reads and writes.</summary>
    public const int Current = 4;

    /// <summary>The schema version of the store: 0 when it has no tables yet.</summary>
    public static int VersionOf(DbConnection connection, DbTransaction? transaction, SqlDialect dialect)
    {
        if (!dialect.TableExists(connection, transaction, "sources")) return 0;
        if (!dialect.TableExists(connection, transaction, "warehouse_info")) return 1;
        return checked((int)Long(connection, transaction, "SELECT MAX(schema_version) FROM warehouse_info"));
    }

    /// <summary>Fails unless the store is at <see cref="Current"/>: the check of a read-only open.</summary>
    /// <exception cref="SourceUnavailableException">The store is empty, older or newer.</exception>
    public static void RequireCurrent(DbConnection connection, SqlDialect dialect, string display)
    {
        var version = VersionOf(connection, null, dialect);
        if (version == Current) return;
        throw new SourceUnavailableException("warehouse", version switch
        {
            0 => ErrorMessages.NoWarehouse(display),
            < Current => ErrorMessages.OlderSchema(display, version, Current),
            _ => ErrorMessages.NewerSchema(display, version, Current),
        });
    }

    /// <summary>
    /// Brings the store to <see cref="Current"/> inside <paramref name="transaction"/>: creates every table of an empty store,
    /// migrates an older one, and leaves a current one untouched.
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction the caller commits.</param>
    /// <param name="dialect">The engine's DDL spelling.</param>
    /// <param name="display">The store, for messages.</param>
    /// <param name="engineSchema">Engine-only schema files (SQLite's payer-rate tables), applied after the shared ones.</param>
    /// <returns>The version the store had before.</returns>
    /// <exception cref="SourceUnavailableException">The store was written by a newer CodeBrief.</exception>
    public static int Upgrade(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string display, IEnumerable<string> engineSchema)
    {
        var version = VersionOf(connection, transaction, dialect);
        if (version > Current) throw new SourceUnavailableException("warehouse", ErrorMessages.NewerSchema(display, version, Current));
        if (version == Current) return version;
        foreach (var ddl in SharedSchema().Concat(engineSchema))
            Execute(connection, transaction, dialect.Ddl(ddl));
        // CREATE TABLE IF NOT EXISTS left an older sources table as it was.
        if (!HasColumn(connection, transaction, "sources", "effective_date"))
            Execute(connection, transaction, "ALTER TABLE sources ADD COLUMN effective_date TEXT");
        // Version 3 to 4 added the article list's jurisdiction column (and the group-paragraph and modifier tables, made above).
        if (!HasColumn(connection, transaction, "lcd_article", "jurisdiction"))
            Execute(connection, transaction, "ALTER TABLE lcd_article ADD COLUMN jurisdiction TEXT");
        // Version 1 to 2 added only warehouse_info, which the schema files just created; its data version starts at the
        // number of loads already committed, so it still only grows. Version 2 to 3 added only tables (the schema files'
        // CREATE ... IF NOT EXISTS made them) and keeps the data version it had; so does 3 to 4 (one column).
        var loads = version switch
        {
            0 => 0,
            1 => Long(connection, transaction, "SELECT COUNT(*) FROM sources"),
            _ => Long(connection, transaction, "SELECT MAX(data_version) FROM warehouse_info"),
        };
        Execute(connection, transaction, "DELETE FROM warehouse_info");
        Execute(connection, transaction, "INSERT INTO warehouse_info (schema_version, data_version) VALUES (@v, @d)", ("@v", (long)Current), ("@d", loads));
        return version;
    }

    /// <summary>Counts one more committed load; call inside the load's transaction.</summary>
    public static void BumpDataVersion(DbConnection connection, DbTransaction transaction) =>
        Execute(connection, transaction, "UPDATE warehouse_info SET data_version = data_version + 1");

    private static bool HasColumn(DbConnection connection, DbTransaction transaction, string table, string column)
    {
        using var command = Command(connection, transaction, $"SELECT * FROM {table} WHERE 1 = 0");
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Any(i => reader.GetName(i) == column);
    }

    /// <summary>The shared schema files, in name order.</summary>
    private static IEnumerable<string> SharedSchema()
    {
        var assembly = typeof(WarehouseSchema).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!; // the name came from the manifest itself
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }
}
