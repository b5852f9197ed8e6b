namespace CodeBrief.Ingest.Tic;

/// <summary>One <c>reporting_structure</c> entry: a set of plans and the files that hold their rates.</summary>
/// <param name="Index">0-based index in <c>reporting_structure</c>.</param>
/// <param name="Plans">The plans.</param>
/// <param name="Files">In-network files, then the allowed-amount file.</param>
public sealed record TocStructure(int Index, IReadOnlyList<TocPlan> Plans, IReadOnlyList<TocFile> Files);
