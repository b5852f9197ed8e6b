namespace CodeBrief.Warehouse;

/// <summary>The result of loading one file.</summary>
/// <param name="Source">The sources row of the file (for <see cref="LoadOutcome.Unchanged"/>, the existing one).</param>
/// <param name="Outcome">Loaded, unchanged or reinstated.</param>
/// <param name="Superseded">Sources rows this load marked superseded (their data rows were deleted).</param>
/// <param name="RejectReport">Path of the reject report CSV, or null when no row was rejected.</param>
public sealed record LoadResult(SourceRecord Source, LoadOutcome Outcome, IReadOnlyList<SourceRecord> Superseded, string? RejectReport);
