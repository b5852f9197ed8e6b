using System.Data.Common;
using System.Globalization;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Relational;

/// <summary>
/// Parameterised commands and cell readers over any ADO.NET connection. Parameters are written <c>@name</c>, which both
/// Microsoft.Data.Sqlite and Npgsql bind by name.
/// </summary>
/// <remarks>Decimals are stored as invariant TEXT so they stay exact; blank text reads as empty (or null where a member says so).</remarks>
public static class Sql
{
    /// <summary>A command with <paramref name="parameters"/> bound, enlisted in <paramref name="transaction"/> when given.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> and maps each row with <paramref name="read"/>.</summary>
    public static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    /// <summary>The first column of the first row as a 64-bit integer (0 when there is no row or it is NULL).</summary>
    public static long Long(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Trimmed text, empty for NULL.</summary>
    public static string Text(DbDataReader r, int i) =>
        r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? "";

    /// <summary>Trimmed text, null for NULL or blank.</summary>
    public static string? TextOrNull(DbDataReader r, int i) => Text(r, i) is { Length: > 0 } s ? s : null;

    /// <summary>An exact decimal stored as invariant text; null for NULL or blank.</summary>
    public static decimal? Decimal(DbDataReader r, int i) =>
        Text(r, i) is { Length: > 0 } s ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    /// <summary>An integer column; null for NULL.</summary>
    public static long? LongOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>The <see cref="SourceRef"/> of the row: the columns <c>dataset, file_name, version, row</c> starting at <paramref name="first"/>.</summary>
    public static SourceRef Source(DbDataReader r, int first) =>
        new(r.GetString(first), r.GetString(first + 1), r.GetString(first + 2), Convert.ToInt64(r.GetValue(first + 3), CultureInfo.InvariantCulture));

    /// <summary>The select list that <see cref="Source"/> reads, for table alias <c>t</c> joined to <c>sources s</c>.</summary>
    public const string SourceColumns = "s.dataset, s.file_name, s.version, t.row";

    /// <summary>The join that <see cref="SourceColumns"/> needs, to rows of current sources only (the tables also hold the
    /// previous version of each dataset).</summary>
    public const string JoinSources = $"JOIN sources s ON s.id = t.source_id AND s.status = '{SourceRecord.Current}'";

    /// <summary>The join of <see cref="JoinSources"/> to the sources of another status (<see cref="SourceRecord.Previous"/>).</summary>
    public static string JoinSourcesOf(string status) => status switch
    {
        SourceRecord.Current => JoinSources,
        SourceRecord.Previous => $"JOIN sources s ON s.id = t.source_id AND s.status = '{SourceRecord.Previous}'",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only current and previous sources have data rows."),
    };


    /// <summary>Escapes <c>\</c>, <c>%</c> and <c>_</c> so a word matches itself in <c>LIKE … ESCAPE '\'</c>.</summary>
    public static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
