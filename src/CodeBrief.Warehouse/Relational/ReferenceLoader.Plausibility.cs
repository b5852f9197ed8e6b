using System.Data.Common;
using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Warehouse.Tables;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceLoader
{
    /// <summary>
    /// Refuses a file that reads well but is not plausible as the dataset's new version (<see cref="LoadPlausibility"/>):
    /// too many rejected rows, a changed file under the current name and version, or fewer rows or codes than the version
    /// it replaces. Runs inside the load's transaction, after the new rows are written and before the old ones go, so a
    /// refusal rolls everything back and the current data stays.
    /// </summary>
    private void CheckPlausible(DbTransaction transaction, string dataset, TableMap map, string fileName, string version, long sourceId,
        long loaded, long rejected, IReadOnlyList<SourceRecord> replaced, LoadOptions options, InputFormatException? firstReject = null)
    {
        var seen = loaded + rejected;
        var maxRejected = LoadPlausibility.MaxRejected(dataset);
        if (!options.AcceptRejects && rejected > maxRejected * seen)
            throw new LoadRefusedException(fileName, LoadRefusal.Rejects, ErrorMessages.TooManyRejects(fileName, dataset, rejected, seen, maxRejected)
                + (firstReject is null ? "" : " " + ErrorMessages.FirstReject(firstReject.Message)));

        if (!options.ReplaceSameVersion && replaced.FirstOrDefault(r => r.FileName == fileName && r.Version == version) is { } same)
            throw new LoadRefusedException(fileName, LoadRefusal.SameVersionChanged, ErrorMessages.SameVersionChanged(fileName, dataset, version, same.Sha256));

        if (options.AcceptShrink || replaced.Count == 0 || LoadPlausibility.MaxShrink(dataset) is not { } maxShrink) return;
        var oldRows = replaced.Sum(r => r.RowsLoaded);
        // The source ids come from this warehouse's own sources table: numbers, safe to splice into the statement.
        var oldIds = string.Join(",", replaced.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));
        var key = map.Columns[0];
        var oldKeys = Long(_connection, transaction, $"SELECT COUNT(DISTINCT \"{key}\") FROM \"{map.Table}\" WHERE source_id IN ({oldIds})");
        var lostKeys = Long(_connection, transaction, $"""
            SELECT COUNT(*) FROM (
              SELECT "{key}" FROM "{map.Table}" WHERE source_id IN ({oldIds})
              EXCEPT
              SELECT "{key}" FROM "{map.Table}" WHERE source_id = @new) lost
            """, ("@new", sourceId));
        if (loaded < (1 - maxShrink) * oldRows || lostKeys > maxShrink * oldKeys)
            throw new LoadRefusedException(fileName, LoadRefusal.Shrink,
                ErrorMessages.Shrink(fileName, dataset, loaded, oldRows, lostKeys, oldKeys, key, replaced[0].FileName, maxShrink));
    }
}
