using System.Data.Common;

namespace CodeBrief.Warehouse;

/// <summary>
/// Creates the warehouse tables. The DDL is kept as plain SQL files under <c>Schema/</c>, embedded in the assembly,
/// written in the subset of SQL that SQLite and PostgreSQL share so a second backend can run the same files.
/// </summary>
public static class WarehouseSchema
{
    /// <summary>Applies every embedded schema file; safe to call on an existing warehouse.</summary>
    public static void Apply(DbConnection connection)
    {
        var migrateRates = RateBlocksMigration.Prepare(connection);
        var assembly = typeof(WarehouseSchema).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!; // the name came from the manifest itself
            using var reader = new StreamReader(stream);
            using var command = connection.CreateCommand();
            command.CommandText = reader.ReadToEnd();
            command.ExecuteNonQuery();
        }
        if (migrateRates) RateBlocksMigration.Run(connection);
    }
}
