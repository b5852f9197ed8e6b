using System.Globalization;
using CodeBrief.Ingest.Reference;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse;

public sealed partial class ReferenceLoader
{
    private const string SourceColumns = "id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status";

    /// <summary>The sources row of <paramref name="dataset"/> with <paramref name="sha256"/>, current or not; null when never loaded.</summary>
    public SourceRecord? FindSource(string dataset, string sha256)
    {
        using var command = _db.Connection.CreateCommand();
        command.CommandText = $"SELECT {SourceColumns} FROM sources WHERE dataset = $dataset AND sha256 = $sha";
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$sha", sha256);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadSource(reader) : null;
    }

    internal static SourceRecord ReadSource(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetInt64(6), reader.GetInt64(7),
        DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        reader.GetString(9));

    internal static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private long InsertSource(SqliteTransaction transaction, IReferenceFormat format, string fileName, string version, string sha)
    {
        using var command = _db.Connection.CreateCommand();
        command.Transaction = transaction;
        // Counts and status are final only at commit; inside the transaction nobody else sees the 'loading' row.
        command.CommandText = """
            INSERT INTO sources (dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
            VALUES ($dataset, $publisher, $file, $version, $sha, 0, 0, '', 'loading');
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$dataset", format.Dataset);
        command.Parameters.AddWithValue("$publisher", format.Publisher);
        command.Parameters.AddWithValue("$file", fileName);
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$sha", sha);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<SourceRecord> Supersede(SqliteTransaction transaction, IReferenceFormat format, long sourceId, string version, string fileName)
    {
        var old = new List<SourceRecord>();
        using (var find = _db.Connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = $"""
                SELECT {SourceColumns} FROM sources
                WHERE dataset = $dataset AND status = 'current' AND id <> $id AND (version <> $version OR file_name = $file)
                ORDER BY id
                """;
            find.Parameters.AddWithValue("$dataset", format.Dataset);
            find.Parameters.AddWithValue("$id", sourceId);
            find.Parameters.AddWithValue("$version", version);
            find.Parameters.AddWithValue("$file", fileName);
            using var reader = find.ExecuteReader();
            while (reader.Read()) old.Add(ReadSource(reader) with { Status = SourceRecord.Superseded });
        }
        foreach (var source in old)
        {
            using var command = _db.Connection.CreateCommand();
            command.Transaction = transaction;
            // The table name passed SqlIdentifier.Check when the inserter was built.
            command.CommandText = $"DELETE FROM \"{format.Table}\" WHERE source_id = $id; UPDATE sources SET status = 'superseded' WHERE id = $id;";
            command.Parameters.AddWithValue("$id", source.Id);
            command.ExecuteNonQuery();
        }
        return old;
    }

    private void MarkCurrent(SqliteTransaction transaction, long sourceId, string publisher, string fileName, string version, long loaded, long rejected, DateTimeOffset loadedAt)
    {
        using var command = _db.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE sources SET publisher = $publisher, file_name = $file, version = $version, rows_loaded = $loaded,
              rows_rejected = $rejected, loaded_at = $at, status = 'current'
            WHERE id = $id
            """;
        command.Parameters.AddWithValue("$publisher", publisher);
        command.Parameters.AddWithValue("$file", fileName);
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$loaded", loaded);
        command.Parameters.AddWithValue("$rejected", rejected);
        command.Parameters.AddWithValue("$at", FormatTime(loadedAt));
        command.Parameters.AddWithValue("$id", sourceId);
        command.ExecuteNonQuery();
    }

    /// <summary>Fails early, with the names, when a format's columns are not those of its table.</summary>
    private void CheckColumns(IReferenceFormat format)
    {
        SqlIdentifier.Check(format.Table);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _db.Connection.CreateCommand())
        {
            command.CommandText = $"SELECT name FROM pragma_table_info('{format.Table}')";
            using var reader = command.ExecuteReader();
            while (reader.Read()) actual.Add(reader.GetString(0));
        }
        if (actual.Count == 0)
            throw new InvalidOperationException($"The {format.Dataset} format writes to table \"{format.Table}\", which no schema file under Warehouse/Schema creates.");
        var unknown = format.Columns.Where(c => !actual.Contains(c)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"The {format.Dataset} format declares columns that table \"{format.Table}\" lacks: {string.Join(", ", unknown)}.");
    }
}
