namespace CodeBrief.Warehouse;

/// <summary>The result of loading one file.</summary>
/// <param name="Source">The sources row of the file (for <see cref="LoadOutcome.Unchanged"/>, the existing one).</param>
/// <param name="Outcome">What the load did with the file.</param>
/// <param name="Superseded">Sources rows this load moved down, with their new status: <see cref="SourceRecord.Previous"/> (data
/// rows kept as the previous version) or <see cref="SourceRecord.Superseded"/> (data rows deleted).</param>
/// <param name="RejectReport">Path of the reject report CSV, or null when no row was rejected.</param>
public sealed record LoadResult(SourceRecord Source, LoadOutcome Outcome, IReadOnlyList<SourceRecord> Superseded, string? RejectReport);
