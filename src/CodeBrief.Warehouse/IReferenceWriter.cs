using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse;

/// <summary>
/// Loads one reference or evidence file into its table inside one transaction: all of its rows and its <c>sources</c> row
/// commit together, or nothing changes.
/// </summary>
/// <remarks>
/// The same dataset and SHA-256 again is a no-op (<see cref="LoadOutcome.Unchanged"/>). A new file becomes <c>current</c>;
/// current files of the dataset with another version, or with the same file name, become <c>superseded</c> and their rows
/// are deleted, while their <c>sources</c> rows stay as history. A file with no loadable row is refused, so a truncated
/// download never wipes the current data.
/// </remarks>
public interface IReferenceWriter
{
    /// <summary>The reject report path for a file of <paramref name="dataset"/> with <paramref name="sha256"/>.</summary>
    string RejectReportPath(string dataset, string sha256);

    /// <summary>Loads <paramref name="path"/> with <paramref name="format"/>.</summary>
    /// <param name="format">The dataset's reader.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Strict or lenient.</param>
    /// <param name="progress">Called every few thousand rows and once at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the load; the transaction rolls back.</param>
    /// <exception cref="CodeBrief.Core.Errors.InputFormatException">The file is unreadable as a whole, has no loadable row, or (strict) a row was rejected.</exception>
    /// <exception cref="CodeBrief.Core.Errors.SourceUnavailableException">The file does not exist, or the store went away (the load rolled back).</exception>
    LoadResult Load(IReferenceFormat format, string path, LoadOptions options, Action<LoadProgress>? progress, CancellationToken cancellationToken);
}
