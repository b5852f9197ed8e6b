namespace CodeBrief.Warehouse;

/// <summary>How a file is loaded.</summary>
/// <param name="Strict">When true the first rejected row aborts the file (nothing of it is stored); otherwise good rows
/// load and rejects are counted and written to the reject report.</param>
public sealed record LoadOptions(bool Strict = false);
