using CodeBrief.Core.Errors;
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

    /// <summary>
    /// True when the file is older than the current version of its dataset: both carry an effective date and the current
    /// one's is later. Without dates, the file loaded last is the current one.
    /// </summary>
    private bool IsOlderThanCurrent(DbTransaction transaction, string dataset, long sourceId, string version, DateOnly? effective) =>
        effective is { } date && SourcesOf(transaction, dataset, SourceRecord.Current, sourceId)
            .Any(c => c.Version != version && c.EffectiveDate is { } current && current > date);

    /// <summary>
    /// The file becomes current. The current sources it replaces (another version, or the same file name) move down: those of
    /// another version become the previous version, whose former files are superseded; one of the same version is superseded.
    /// </summary>
    private (string Status, LoadOutcome Outcome, List<SourceRecord> Moved) PlaceNewest(DbTransaction transaction, string dataset, TableMap map,
        string fileName, string version, long sourceId, long loaded, long rejected, LoadOptions options, bool isNew, InputFormatException? firstReject)
    {
        var replaced = SourcesOf(transaction, dataset, SourceRecord.Current, sourceId).Where(c => c.Version != version || c.FileName == fileName).ToList();
        CheckPlausible(transaction, dataset, map, fileName, version, sourceId, loaded, rejected, replaced, options, firstReject);
        var moved = new List<SourceRecord>();
        var older = replaced.Where(r => r.Version != version).ToList();
        if (older.Count > 0)
        {
            moved.AddRange(Supersede(transaction, map.Table, SourcesOf(transaction, dataset, SourceRecord.Previous, sourceId)));
            foreach (var source in older) SetStatus(transaction, source.Id, SourceRecord.Previous);
            moved.AddRange(older.Select(s => s with { Status = SourceRecord.Previous }));
        }
        moved.AddRange(Supersede(transaction, map.Table, replaced.Where(r => r.Version == version).ToList()));
        return (SourceRecord.Current, isNew ? LoadOutcome.Loaded : LoadOutcome.Reinstated, moved);
    }

    /// <summary>
    /// The file is older than the current version: it becomes the previous version, replacing the previous files of another
    /// version or of the same name, unless the previous version is newer still; then its rows are dropped and only its
    /// sources row stays, superseded.
    /// </summary>
    private (string Status, LoadOutcome Outcome, List<SourceRecord> Moved) PlaceOlder(DbTransaction transaction, string dataset, TableMap map,
        string fileName, string version, DateOnly? effective, long sourceId, long loaded, long rejected, LoadOptions options, InputFormatException? firstReject)
    {
        // Rejects still count; shrinking against the current version means nothing for an older one.
        CheckPlausible(transaction, dataset, map, fileName, version, sourceId, loaded, rejected, [], options, firstReject);
        var previous = SourcesOf(transaction, dataset, SourceRecord.Previous, sourceId);
        if (previous.Any(p => p.Version != version && p.EffectiveDate is { } date && date > effective))
        {
            DeleteRows(transaction, map.Table, sourceId);
            return (SourceRecord.Superseded, LoadOutcome.Outdated, []);
        }
        var moved = Supersede(transaction, map.Table, previous.Where(p => p.Version != version || p.FileName == fileName).ToList());
        return (SourceRecord.Previous, LoadOutcome.Previous, moved);
    }

    /// <summary>The sources of <paramref name="dataset"/> with <paramref name="status"/>, other than <paramref name="sourceId"/>, by id.</summary>
    private List<SourceRecord> SourcesOf(DbTransaction transaction, string dataset, string status, long sourceId)
    {
        var found = new List<SourceRecord>();
        using var find = Command(_connection, transaction, $"""
            SELECT {SourceQueries.Columns} FROM sources WHERE dataset = @dataset AND status = @status AND id <> @id ORDER BY id
            """, ("@dataset", dataset), ("@status", status), ("@id", sourceId));
        using var reader = find.ExecuteReader();
        while (reader.Read()) found.Add(SourceQueries.Read(reader));
        return found;
    }

    /// <summary>Marks <paramref name="replaced"/> superseded and deletes their rows; their <c>sources</c> rows stay as history.</summary>
    private List<SourceRecord> Supersede(DbTransaction transaction, string table, IReadOnlyList<SourceRecord> replaced)
    {
        foreach (var source in replaced)
        {
            DeleteRows(transaction, table, source.Id);
            SetStatus(transaction, source.Id, SourceRecord.Superseded);
        }
        return [.. replaced.Select(s => s with { Status = SourceRecord.Superseded })];
    }

    /// <summary>Deletes the data rows of one source.</summary>
    private void DeleteRows(DbTransaction transaction, string table, long sourceId) =>
        // The table name passed SqlIdentifier.Check in CheckColumns.
        Execute(_connection, transaction, $"DELETE FROM \"{table}\" WHERE source_id = @id", ("@id", sourceId));

    private void SetStatus(DbTransaction transaction, long sourceId, string status) =>
        Execute(_connection, transaction, "UPDATE sources SET status = @status WHERE id = @id", ("@status", status), ("@id", sourceId));

    private void MarkLoaded(DbTransaction transaction, long sourceId, string status, string publisher, string fileName, string version, DateOnly? effective,
        long loaded, long rejected, DateTimeOffset loadedAt) =>
        Execute(_connection, transaction, """
            UPDATE sources SET publisher = @publisher, file_name = @file, version = @version, effective_date = @effective, rows_loaded = @loaded,
              rows_rejected = @rejected, loaded_at = @at, status = @status
            WHERE id = @id
            """, ("@publisher", publisher), ("@file", fileName), ("@version", version), ("@effective", SourceQueries.FormatDate(effective)),
            ("@loaded", loaded), ("@rejected", rejected), ("@at", SourceQueries.FormatTime(loadedAt)), ("@status", status), ("@id", sourceId));

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
