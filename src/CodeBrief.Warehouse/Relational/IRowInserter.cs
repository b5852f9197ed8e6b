namespace CodeBrief.Warehouse.Relational;

/// <summary>Appends rows of one reference table inside a load's transaction (a prepared INSERT, or a binary COPY).</summary>
public interface IRowInserter : IDisposable
{
    /// <summary>Stores one row; <paramref name="values"/> is in column order, nulls stored as NULL.</summary>
    void Insert(long sourceId, long row, string?[] values);

    /// <summary>Finishes the batch; rows become visible with the transaction's commit.</summary>
    void Complete();
}
