namespace CodeBrief.Ingest.Reference;

/// <summary>
/// One public reference dataset (CLFS, PFS RVU, ICD-10-CM, …): how to recognise its files, which version a file is,
/// and how to read it into rows of its warehouse table.
/// </summary>
/// <remarks>
/// Implementations live one folder per format (<c>Ingest/Clfs/ClfsFormat.cs</c> beside <c>ClfsReader.cs</c> and
/// <c>ClfsRow.cs</c>) and are registered in <see cref="ReferenceFormats"/>. Reading streams: a file is never held in
/// memory whole. A problem with one row is yielded as a <see cref="RowResult"/> carrying an
/// <see cref="CodeBrief.Core.Errors.InputFormatException"/>, and the loader decides (per <c>--strict</c>) whether it is fatal;
/// a problem with the whole file (unknown layout, bad header, bad encoding, truncation) is thrown.
/// </remarks>
public interface IReferenceFormat
{
    /// <summary>Catalogue id, also <c>sources.dataset</c> (<c>clfs</c>, <c>pfs-rvu</c>, …).</summary>
    string Dataset { get; }

    /// <summary>Who publishes the file (<c>CMS</c>, <c>CDC/NCHS</c>, <c>NUCC</c>).</summary>
    string Publisher { get; }

    /// <summary>The warehouse table the rows go to (see <c>Warehouse/Schema/reference.sql</c>).</summary>
    string Table { get; }

    /// <summary>The table's columns, in the order <see cref="RowResult.Values"/> holds them (without <c>source_id</c> and <c>row</c>).</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>True when the file at <paramref name="path"/> is this dataset, judged by its name pattern and its first bytes or header.</summary>
    bool Recognises(string path);

    /// <summary>The publisher's version of the file (<c>2025Q2V1</c>, <c>RVU25D</c>, <c>FY2026</c>), from its name or content.</summary>
    string ReadVersion(string path);

    /// <summary>Streams the rows of the file. Throws <see cref="CodeBrief.Core.Errors.InputFormatException"/> for a file-level problem.</summary>
    IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken);
}
