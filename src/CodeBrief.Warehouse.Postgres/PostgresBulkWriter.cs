using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>
/// Writes rows into one table with binary <c>COPY ... FROM STDIN</c>, inside the caller's transaction. Each row is the
/// given columns' values followed by the two bigint columns <c>source_id</c> and <c>row</c> (its provenance).
/// </summary>
/// <remarks>
/// <para>Usage: <c>Begin</c>, <see cref="Write"/> per row, <see cref="Complete"/>, then the caller commits. The rows
/// become part of the transaction when <see cref="Complete"/> returns and are kept only when the caller commits;
/// disposing without <see cref="Complete"/> cancels the COPY, which aborts the transaction (the caller rolls back).</para>
/// <para>A server that goes away while rows are written (shut down, crashed, connection broken) surfaces from
/// <see cref="Write"/> or <see cref="Complete"/> as a <see cref="Core.Errors.SourceUnavailableException"/> of kind
/// <see cref="PostgresFailure.ConnectionLost"/>: nothing of the transaction was committed. Other server errors (a value
/// too long, a missing table) are Npgsql's <see cref="PostgresException"/>, left as they are.</para>
/// <para>Not thread-safe. While the writer is open its connection can run nothing else.</para>
/// </remarks>
public sealed class PostgresBulkWriter : IDisposable
{
    /// <summary>The bigint column that holds each row's source (file) id; appended after the caller's columns.</summary>
    public const string SourceIdColumn = "source_id";

    /// <summary>The bigint column that holds each row's 1-based row number in its source; appended last.</summary>
    public const string RowColumn = "row";

    private readonly NpgsqlBinaryImporter _importer;
    private readonly PostgresLocation _store;
    private readonly PostgresColumn[] _columns;
    private readonly long[] _numbers;
    private bool _completed;
    private bool _disposed;

    private PostgresBulkWriter(NpgsqlBinaryImporter importer, PostgresLocation store, string table, PostgresColumn[] columns)
    {
        _importer = importer;
        _store = store;
        _columns = columns;
        _numbers = new long[columns.Length];
        Table = table;
    }

    /// <summary>The table written to.</summary>
    public string Table { get; }

    /// <summary>The caller's columns, in the order <see cref="Write"/> takes their values (without the two appended ones).</summary>
    public IReadOnlyList<PostgresColumn> Columns => _columns;

    /// <summary>How many rows <see cref="Write"/> has sent so far.</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Starts a binary COPY into <paramref name="table"/> on the connection of <paramref name="transaction"/>.</summary>
    /// <param name="transaction">The caller's open transaction; the rows are part of it.</param>
    /// <param name="store">The store, named in error messages.</param>
    /// <param name="table">A plain table name (ASCII letters, digits, underscores), quoted in the SQL.</param>
    /// <param name="columns">The columns <see cref="Write"/> fills, in order; <c>source_id</c> and <c>row</c> follow them.</param>
    /// <exception cref="ArgumentException">A name is not plain, a column is named twice or is one of the appended ones,
    /// or the transaction is already finished.</exception>
    /// <exception cref="Core.Errors.SourceUnavailableException">The connection broke.</exception>
    public static PostgresBulkWriter Begin(NpgsqlTransaction transaction, PostgresLocation store, string table, IReadOnlyList<PostgresColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var connection = transaction.Connection ?? throw TransactionFinished();
        try
        {
            // Npgsql keeps Connection after a commit and has no public IsCompleted; IsolationLevel throws once the
            // transaction is finished. Without this check the COPY would run, and commit, on its own.
            _ = transaction.IsolationLevel;
        }
        catch (InvalidOperationException)
        {
            throw TransactionFinished();
        }
        var copy = columns.ToArray();
        var sql = CopyCommand(table, copy);
        try
        {
            return new PostgresBulkWriter(connection.BeginBinaryImport(sql), store, table, copy);
        }
        catch (Exception e) when (PostgresErrors.TryTranslate(e, store, PostgresActivity.Loading, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>Writes one row: a value per column (null for SQL NULL), then <paramref name="sourceId"/> and <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentException">The count of values differs from the count of columns, or a bigint column's
    /// value is not a whole number; nothing of the row was sent.</exception>
    /// <exception cref="Core.Errors.SourceUnavailableException">The connection broke; the load is lost.</exception>
    public void Write(ReadOnlySpan<string?> values, long sourceId, long row)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("The COPY is already complete.");
        if (values.Length != _columns.Length)
            throw new ArgumentException($"The row has {values.Length} values for {_columns.Length} columns.", nameof(values));
        // Parse every number before the row starts, so a bad value leaves the COPY usable.
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Type != PostgresColumnType.Bigint || values[i] is not { } text) continue;
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _numbers[i]))
                throw new ArgumentException(ErrorMessages.NotABigint(_columns[i].Name, text), nameof(values));
        }
        try
        {
            _importer.StartRow();
            for (var i = 0; i < _columns.Length; i++)
            {
                if (values[i] is not { } value) _importer.WriteNull();
                else if (_columns[i].Type == PostgresColumnType.Text) _importer.Write(value, NpgsqlDbType.Text);
                else _importer.Write(_numbers[i], NpgsqlDbType.Bigint);
            }
            _importer.Write(sourceId, NpgsqlDbType.Bigint);
            _importer.Write(row, NpgsqlDbType.Bigint);
        }
        catch (Exception e) when (PostgresErrors.TryTranslate(e, _store, PostgresActivity.Loading, out var translated))
        {
            throw translated;
        }
        RowsWritten++;
    }

    /// <summary>Ends the COPY, making its rows part of the caller's transaction (still to be committed by the caller).</summary>
    /// <returns>The number of rows the server stored.</returns>
    /// <exception cref="Core.Errors.SourceUnavailableException">The connection broke; the load is lost.</exception>
    public long Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("The COPY is already complete.");
        try
        {
            var rows = _importer.Complete();
            _completed = true;
            // Closing the importer hands the connection back, so the caller can commit while this writer is still in scope.
            _importer.Dispose();
            return checked((long)rows);
        }
        catch (Exception e) when (PostgresErrors.TryTranslate(e, _store, PostgresActivity.Loading, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>Cancels the COPY unless it is complete. Never throws for a connection that is already broken: that error
    /// was reported by <see cref="Write"/> or <see cref="Complete"/>, and throwing again would hide it.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _importer.Dispose();
        }
        catch (Exception e) when (PostgresErrors.Classify(e, PostgresActivity.Loading) != PostgresFailure.None)
        {
            // The connection is gone; the server discards the transaction with it.
        }
    }

    private static ArgumentException TransactionFinished() =>
        new("The transaction is already committed or rolled back.", "transaction");

    internal static string CopyCommand(string table, PostgresColumn[] columns)
    {
        var sql = new StringBuilder("COPY ").Append(PostgresIdentifier.Quote(table, "table")).Append(" (");
        var seen = new HashSet<string>(StringComparer.Ordinal) { SourceIdColumn, RowColumn };
        foreach (var column in columns)
        {
            sql.Append(PostgresIdentifier.Quote(column.Name, "column")).Append(", ");
            if (!seen.Add(column.Name))
                throw new ArgumentException($"The column \"{column.Name}\" is named twice (source_id and row are appended to every row).", nameof(columns));
        }
        return sql.Append($"\"{SourceIdColumn}\", \"{RowColumn}\") FROM STDIN (FORMAT BINARY)").ToString();
    }
}
