using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Tic;

/// <summary>The outcome of loading one TiC file.</summary>
/// <param name="File">The file name.</param>
/// <param name="Kind"><c>in-network</c> or <c>allowed-amounts</c>.</param>
/// <param name="Unchanged">True when the same content (SHA-256 of the decompressed bytes, whatever the wrapper) was already loaded under a filter covering this one; nothing was written.</param>
/// <param name="SourceId">The <c>sources.id</c>.</param>
/// <param name="Payer">The payer label stored.</param>
/// <param name="IsSynthetic">True for files made by <c>codebrief synth</c>.</param>
/// <param name="Report">What the reader saw; null when <paramref name="Unchanged"/>.</param>
/// <param name="RowsStored">Distinct rows stored.</param>
/// <param name="Duplicates">Identical rows collapsed.</param>
public sealed record TicLoadResult(string File, string Kind, bool Unchanged, long SourceId, string Payer, bool IsSynthetic,
    TicIngestReport? Report, long RowsStored, long Duplicates);
