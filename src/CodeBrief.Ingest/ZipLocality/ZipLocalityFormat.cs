using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.ZipLocality;

/// <summary>
/// The CMS ZIP code to carrier locality file for 5-digit ZIPs (<c>ZIP5_*.txt</c>): fixed-width, 80 characters a line,
/// mapping each ZIP to its Medicare carrier (MAC) and PFS locality.
/// </summary>
/// <remarks>
/// Recognised by the shape of its first line (state, ZIP, carrier and locality digits, YYYYQ in columns 76-80);
/// the ZIP+4 file has digits in columns 22-25 and is not this format. Thread safe.
/// </remarks>
public sealed class ZipLocalityFormat : IReferenceFormat<ZipLocalityRow>
{
    /// <inheritdoc />
    public string Dataset => "zip-locality";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => ZipLocalityReader.Recognises(path);

    /// <inheritdoc />
    /// <remarks>The Year/Quarter field of the first row: <c>20254</c> gives <c>2025Q4</c>.</remarks>
    public string ReadVersion(string path) => ZipLocalityReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<ZipLocalityRow>> Read(string path, CancellationToken cancellationToken) =>
        ZipLocalityReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
