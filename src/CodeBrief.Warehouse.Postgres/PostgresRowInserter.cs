using CodeBrief.Warehouse.Relational;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>A load's rows through one binary COPY (<see cref="PostgresBulkWriter"/>).</summary>
internal sealed class PostgresRowInserter(PostgresBulkWriter writer) : IRowInserter
{
    public void Insert(long sourceId, long row, string?[] values) => writer.Write(values, sourceId, row);

    public void Complete() => writer.Complete();

    public void Dispose() => writer.Dispose();
}
