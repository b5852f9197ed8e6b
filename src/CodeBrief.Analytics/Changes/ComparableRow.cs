using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Changes;

/// <summary>
/// One row of a dataset, as the version comparison sees it: a key that identifies the row within the code across versions
/// (a modifier, a state and setting), the fields to compare in print form, and the file row it came from.
/// </summary>
/// <param name="Key">Identifies the row within the code; the same row in two versions has the same key.</param>
/// <param name="Fields">Field name and value, in the order they print; a blank field is the empty string.</param>
/// <param name="Source">The file row.</param>
public sealed record ComparableRow(string Key, IReadOnlyList<(string Field, string Value)> Fields, SourceRef Source);
