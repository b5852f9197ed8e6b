using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tables;

/// <summary>Work that needs a format's row type statically (the loader): <see cref="TableMap.Accept{TResult}"/> calls
/// <see cref="Visit{TRow}"/> with it.</summary>
/// <typeparam name="TResult">What the work returns.</typeparam>
internal interface ITableMapVisitor<out TResult>
{
    /// <summary>Does the work for a format of <typeparamref name="TRow"/> and its table.</summary>
    TResult Visit<TRow>(IReferenceFormat<TRow> format, TableMap<TRow> map) where TRow : class;
}
