using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>One fetched file and what loading it did: a result, or the error that stopped it.</summary>
/// <param name="Dataset">Catalogue id (the raw folder name).</param>
/// <param name="Path">The file under <c>&lt;home&gt;/raw</c>.</param>
/// <param name="Result">The load result; null when the file failed.</param>
/// <param name="Error">Why the file failed; null when it loaded or was unchanged.</param>
internal sealed record FileLoad(string Dataset, string Path, LoadResult? Result, Exception? Error);
