namespace CodeBrief.Web.Data;

/// <summary>One loaded file, as the <c>sources</c> table records it.</summary>
/// <param name="Id">Row id in <c>sources</c>.</param>
/// <param name="Dataset">Catalogue dataset id.</param>
/// <param name="Publisher">Publisher of the file.</param>
/// <param name="FileName">File name as loaded.</param>
/// <param name="Version">Publisher's version or effective date.</param>
/// <param name="Sha256">SHA-256 of the file bytes.</param>
/// <param name="RowsLoaded">Rows loaded.</param>
/// <param name="RowsRejected">Rows rejected by validation.</param>
/// <param name="LoadedAt">When it was loaded (ISO-8601 UTC).</param>
/// <param name="Status"><c>current</c> or <c>superseded</c>.</param>
/// <param name="IsSynthetic">True for generated test data.</param>
public sealed record SourceRow(long Id, string Dataset, string Publisher, string FileName, string Version, string Sha256,
    long RowsLoaded, long RowsRejected, string LoadedAt, string Status, bool IsSynthetic);
