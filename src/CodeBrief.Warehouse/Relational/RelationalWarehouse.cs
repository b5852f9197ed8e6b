using System.Data.Common;

namespace CodeBrief.Warehouse.Relational;

/// <summary>
/// An <see cref="IWarehouse"/> over one open ADO.NET connection, with every query written once in portable SQL. An
/// engine derives from it, opens the connection, and supplies its <see cref="SqlDialect"/> and its rate store.
/// </summary>
/// <remarks>Not thread-safe: one connection. Disposing closes the connection.</remarks>
public abstract class RelationalWarehouse : IWarehouse
{
    private readonly DbConnection _connection;
    private readonly ReferenceLoader? _writer;

    /// <summary>Wraps an open connection whose schema is current (the engine has run <see cref="WarehouseSchema"/>).</summary>
    /// <param name="connection">The open connection; this instance owns it.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="display">Where the store is, for messages (never with a password).</param>
    /// <param name="readOnly">True for commands that only read.</param>
    /// <param name="reportsFolder">Where reject reports are written (<c>&lt;home&gt;/reports</c>).</param>
    /// <param name="time">The clock that stamps loads.</param>
    protected RelationalWarehouse(DbConnection connection, SqlDialect dialect, string display, bool readOnly, string reportsFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        _connection = connection;
        Display = display;
        IsReadOnly = readOnly;
        Sources = new SourceQueries(connection);
        Reference = new ReferenceQueries(connection);
        PreviousReference = new ReferenceQueries(connection, SourceRecord.Previous);
        Catalog = new CatalogQueries(connection);
        Evidence = new EvidenceQueries(connection);
        if (!readOnly) _writer = new ReferenceLoader(connection, dialect, display, reportsFolder, time);
    }

    /// <inheritdoc />
    public string Display { get; }

    /// <inheritdoc />
    public bool IsReadOnly { get; }

    /// <inheritdoc />
    public ISourceStore Sources { get; }

    /// <inheritdoc />
    public IReferenceStore Reference { get; }

    /// <inheritdoc />
    public IReferenceStore PreviousReference { get; }

    /// <inheritdoc />
    public ICodeCatalog Catalog { get; }

    /// <inheritdoc />
    public IEvidenceStore Evidence { get; }

    /// <inheritdoc />
    public abstract IRateStore Rates { get; }

    /// <inheritdoc />
    public IReferenceWriter Writer => _writer ?? throw new InvalidOperationException($"The warehouse at {Display} was opened read-only.");

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connection (and what a derived engine holds).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _connection.Dispose();
    }
}
