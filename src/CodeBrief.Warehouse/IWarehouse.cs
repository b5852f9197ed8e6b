namespace CodeBrief.Warehouse;

/// <summary>
/// One open warehouse: the only way stages after the warehouse reach stored data. Each part is a narrow store that
/// returns typed rows and facts with their <see cref="CodeBrief.Core.Provenance.SourceRef"/>; none exposes SQL or a connection.
/// </summary>
/// <remarks>
/// Engines (<c>CodeBrief.Warehouse.Sqlite</c>, <c>CodeBrief.Warehouse.Postgres</c>) implement it and are chosen by the host
/// from a <see cref="StoreLocation"/>. An instance holds one connection: not thread-safe; open one per thread or request.
/// </remarks>
public interface IWarehouse : IDisposable
{
    /// <summary>Where the data lives, for messages: the SQLite file path, or the PostgreSQL URL without its password.</summary>
    string Display { get; }

    /// <summary>True when opened read-only: <see cref="Writer"/> and <see cref="IRateStore.Ingest"/> then throw.</summary>
    bool IsReadOnly { get; }

    /// <summary>The loaded files (every version) and the data version.</summary>
    ISourceStore Sources { get; }

    /// <summary>The public code sets and fee schedules.</summary>
    IReferenceStore Reference { get; }

    /// <summary>
    /// The version before the current one of each dataset, read the same way as <see cref="Reference"/>: what changed
    /// between the two is what <c>codebrief changes</c> shows. A dataset loaded once has no previous version (empty answers).
    /// </summary>
    IReferenceStore PreviousReference { get; }

    /// <summary>Descriptor and specialty search for the web site.</summary>
    ICodeCatalog Catalog { get; }

    /// <summary>Utilization, crosswalk and coverage-article evidence.</summary>
    IEvidenceStore Evidence { get; }

    /// <summary>Negotiated payer rates.</summary>
    IRateStore Rates { get; }

    /// <summary>Loads reference and evidence files.</summary>
    /// <exception cref="InvalidOperationException">The warehouse was opened read-only.</exception>
    IReferenceWriter Writer { get; }
}
