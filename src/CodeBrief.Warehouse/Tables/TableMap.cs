using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tables;

/// <summary>
/// One reference or evidence table of the warehouse and how rows of one Ingest record type become its cells: the table
/// name, its columns in order, and per column the function that writes a row's cell.
/// </summary>
/// <remarks>
/// The columns exclude <c>source_id</c> and <c>row</c>, which every table has and the loader fills. Cells are text or
/// NULL, as the schema stores them (<c>Schema/*.sql</c>): decimals as invariant text, flags as <c>1</c>/<c>0</c>. Maps are
/// registered once in <see cref="TableMaps"/>, keyed by row type, and used by every engine's loader. Immutable and
/// thread safe.
/// </remarks>
public abstract class TableMap
{
    private protected TableMap(string table, IReadOnlyList<string> columns)
    {
        Table = table;
        Columns = columns;
    }

    /// <summary>The table's name (<c>clfs</c>, <c>pfs_rvu</c>, …).</summary>
    public string Table { get; }

    /// <summary>The columns a row fills, in the order <see cref="Cells"/> gives them.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The Ingest record type whose rows go to the table.</summary>
    public abstract Type RowType { get; }

    /// <summary>The cells of <paramref name="row"/>, in <see cref="Columns"/> order.</summary>
    /// <exception cref="ArgumentException"><paramref name="row"/> is not a <see cref="RowType"/>.</exception>
    public abstract string?[] Cells(object row);

    /// <summary>Reads <paramref name="path"/> with <paramref name="format"/> and gives each good row's cells, in
    /// <see cref="Columns"/> order, or each rejected row's problem.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="format"/> does not read <see cref="RowType"/> rows.</exception>
    public abstract IEnumerable<RowResult<string?[]>> ReadCells(IReferenceFormat format, string path, CancellationToken cancellationToken);

    /// <summary>Calls the loader with this map's row type (the one dispatch from a format known only as
    /// <see cref="IReferenceFormat"/> to the typed load).</summary>
    internal abstract TResult Accept<TResult>(ITableMapVisitor<TResult> visitor, IReferenceFormat format);
}
