namespace CodeBrief.Ingest.Reference;

/// <summary>
/// One public reference dataset (CLFS, PFS RVU, ICD-10-CM, …): how to recognise its files and which version a file is.
/// The rows themselves come from <see cref="IReferenceFormat{TRow}"/>, which every format implements.
/// </summary>
/// <remarks>
/// Implementations live one folder per format (<c>Ingest/Clfs/ClfsFormat.cs</c> beside <c>ClfsReader.cs</c> and
/// <c>ClfsRow.cs</c>) and are registered in <see cref="ReferenceFormats"/>. Which warehouse table a row type goes to is
/// the warehouse's business (its table maps), not the format's.
/// </remarks>
public interface IReferenceFormat
{
    /// <summary>Catalogue id, also <c>sources.dataset</c> and <see cref="Core.Provenance.SourceRef.Dataset"/> of every row
    /// (<c>clfs</c>, <c>pfs-rvu</c>, …).</summary>
    string Dataset { get; }

    /// <summary>Who publishes the file (<c>CMS</c>, <c>CDC/NCHS</c>, <c>NUCC</c>).</summary>
    string Publisher { get; }

    /// <summary>The record type <see cref="IReferenceFormat{TRow}.Read"/> yields (<c>ClfsRow</c>, <c>NuccRow</c>, …).</summary>
    Type RowType { get; }

    /// <summary>True when the file at <paramref name="path"/> is this dataset, judged by its name pattern and its first bytes or header.</summary>
    bool Recognises(string path);

    /// <summary>The publisher's version of the file (<c>2025Q2V1</c>, <c>RVU25D</c>, <c>FY2026</c>), from its name or content.</summary>
    string ReadVersion(string path);

    /// <summary>
    /// The first day the file's version is in effect (<c>2026-01-01</c> for a January 2026 quarter), from its name or
    /// content; null when the file does not say. The warehouse orders versions by it: a file older than the current
    /// version goes to history instead of replacing it. Without it, the last file loaded is current.
    /// </summary>
    DateOnly? ReadEffectiveDate(string path) => null;
}

/// <summary>
/// A reference dataset whose files read into rows of <typeparamref name="TRow"/>, a record that carries its
/// <see cref="Core.Provenance.SourceRef"/>.
/// </summary>
/// <typeparam name="TRow">The dataset's row record.</typeparam>
/// <remarks>
/// Reading streams: a file is never held in memory whole. A problem with one row is yielded as a rejected
/// <see cref="RowResult{TRow}"/> carrying an <see cref="Core.Errors.InputFormatException"/>, and the loader decides (per
/// <c>--strict</c>) whether it is fatal; a problem with the whole file (unknown layout, bad header, bad encoding,
/// truncation) is thrown. Each row's source is (<see cref="IReferenceFormat.Dataset"/>, file name,
/// <see cref="IReferenceFormat.ReadVersion"/>, line or sheet row).
/// </remarks>
public interface IReferenceFormat<TRow> : IReferenceFormat
    where TRow : class
{
    /// <inheritdoc />
    Type IReferenceFormat.RowType => typeof(TRow);

    /// <summary>Streams the rows of the file. Throws <see cref="Core.Errors.InputFormatException"/> for a file-level problem.</summary>
    IEnumerable<RowResult<TRow>> Read(string path, CancellationToken cancellationToken);
}
