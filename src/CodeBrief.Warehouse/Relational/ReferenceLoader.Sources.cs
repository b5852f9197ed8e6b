using System.Data.Common;
using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse.Tables;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceLoader
{
    private long InsertSource(DbTransaction transaction, IReferenceFormat format, string fileName, string version, string sha) =>
        // Counts and status are final only at commit; inside the transaction nobody else sees the 'loading' row.
        Long(_connection, transaction, """
            INSERT INTO sources (dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
            VALUES (@dataset, @publisher, @file, @version, @sha, 0, 0, '', 'loading')
            RETURNING id
            """, ("@dataset", format.Dataset), ("@publisher", format.Publisher), ("@file", fileName), ("@version", version), ("@sha", sha));

    /// <summary>The current sources the new file replaces: those of another version, and one of the same file name.</summary>
    private List<SourceRecord> FindReplaced(DbTransaction transaction, IReferenceFormat format, long sourceId, string version, string fileName)
    {
        var old = new List<SourceRecord>();
        using var find = Command(_connection, transaction, $"""
            SELECT {SourceQueries.Columns} FROM sources
            WHERE dataset = @dataset AND status = 'current' AND id <> @id AND (version <> @version OR file_name = @file)
            ORDER BY id
            """, ("@dataset", format.Dataset), ("@id", sourceId), ("@version", version), ("@file", fileName));
        using var reader = find.ExecuteReader();
        while (reader.Read()) old.Add(SourceQueries.Read(reader));
        return old;
    }

    /// <summary>Marks <paramref name="replaced"/> superseded and deletes their rows; their <c>sources</c> rows stay as history.</summary>
    private List<SourceRecord> Supersede(DbTransaction transaction, string table, IReadOnlyList<SourceRecord> replaced)
    {
        foreach (var source in replaced)
        {
            // The table name passed SqlIdentifier.Check in CheckColumns.
            Execute(_connection, transaction, $"DELETE FROM \"{table}\" WHERE source_id = @id", ("@id", source.Id));
            Execute(_connection, transaction, "UPDATE sources SET status = 'superseded' WHERE id = @id", ("@id", source.Id));
        }
        return [.. replaced.Select(s => s with { Status = SourceRecord.Superseded })];
    }

    private void MarkCurrent(DbTransaction transaction, long sourceId, string publisher, string fileName, string version, long loaded, long rejected, DateTimeOffset loadedAt) =>
        Execute(_connection, transaction, """
            UPDATE sources SET publisher = @publisher, file_name = @file, version = @version, rows_loaded = @loaded,
              rows_rejected = @rejected, loaded_at = @at, status = 'current'
            WHERE id = @id
            """, ("@publisher", publisher), ("@file", fileName), ("@version", version), ("@loaded", loaded), ("@rejected", rejected),
            ("@at", SourceQueries.FormatTime(loadedAt)), ("@id", sourceId));

    /// <summary>Fails early, with the names, when a table map's columns are not those of its table.</summary>
    private void CheckColumns(DbTransaction transaction, IReferenceFormat format, TableMap map)
    {
        SqlIdentifier.Check(map.Table);
        foreach (var column in map.Columns) SqlIdentifier.Check(column);
        if (!_dialect.TableExists(_connection, transaction, map.Table))
            throw new InvalidOperationException($"The {format.Dataset} format's rows ({map.RowType.Name}) go to table \"{map.Table}\", which no schema file under Warehouse/Schema creates.");
        var actual = new HashSet<string>(StringComparer.Ordinal);
        using (var command = Command(_connection, transaction, $"SELECT * FROM \"{map.Table}\" WHERE 1 = 0"))
        using (var reader = command.ExecuteReader())
        {
            for (var i = 0; i < reader.FieldCount; i++) actual.Add(reader.GetName(i));
        }
        var unknown = map.Columns.Where(c => !actual.Contains(c)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"The table map of {map.RowType.Name} ({format.Dataset}) declares columns that table \"{map.Table}\" lacks: {string.Join(", ", unknown)}.");
    }
}
