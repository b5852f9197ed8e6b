namespace CodeBrief.Ingest.Tic;

/// <summary>One file listed by a table-of-contents file.</summary>
/// <param name="Kind"><c>in-network</c> or <c>allowed-amount</c>.</param>
/// <param name="Description">The publisher's description (<c>GA BlueChoice PPO in-network file 1 of 6</c>).</param>
/// <param name="Location">The URL as given.</param>
public sealed record TocFile(string Kind, string? Description, string Location);
