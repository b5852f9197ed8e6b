using System.Data.Common;
using System.Globalization;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

/// <summary>The <see cref="ISourceStore"/> of a relational warehouse.</summary>
internal sealed class SourceQueries(DbConnection connection) : ISourceStore
{
    /// <summary>The select list <see cref="Read"/> maps.</summary>
    public const string Columns = "id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic, effective_date";

    public IReadOnlyList<SourceRecord> All() => Query(connection, $"""
        SELECT {Columns} FROM sources WHERE status IN ('current', 'previous', 'superseded')
        ORDER BY CASE status WHEN 'current' THEN 0 WHEN 'previous' THEN 1 ELSE 2 END, dataset, loaded_at DESC, id
        """, Read);

    public SourceRecord? Find(string dataset, string sha256) => Find(connection, null, dataset, sha256);

    /// <summary><see cref="Find(string, string)"/> inside a load's transaction.</summary>
    public static SourceRecord? Find(DbConnection connection, DbTransaction? transaction, string dataset, string sha256)
    {
        using var command = Command(connection, transaction, $"SELECT {Columns} FROM sources WHERE dataset = @dataset AND sha256 = @sha",
            ("@dataset", dataset), ("@sha", sha256));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public bool HasReferenceData() =>
        Long(connection, null, "SELECT COUNT(*) FROM sources WHERE status = 'current' AND dataset NOT LIKE 'tic-%'") > 0;

    public long DataVersion() => Long(connection, null, "SELECT data_version FROM warehouse_info");

    /// <summary>Maps a row selected with <see cref="Columns"/>.</summary>
    public static SourceRecord Read(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture),
        ParseTime(r.GetString(8)), r.GetString(9), Convert.ToInt64(r.GetValue(10), CultureInfo.InvariantCulture) != 0,
        TextOrNull(r, 11) is { } date ? DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture) : null);

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>How <c>effective_date</c> is stored: ISO-8601 date, or NULL when the file gives none.</summary>
    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>How <c>loaded_at</c> is stored: ISO-8601 UTC to the second.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => text.Length == 0
        ? DateTimeOffset.MinValue // a row still loading inside another transaction is never visible; an empty time is an aborted legacy row
        : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
