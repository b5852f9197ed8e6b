using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Nucc;

/// <summary>
/// The NUCC Health Care Provider Taxonomy code set as NUCC distributes it (<c>nucc_taxonomy_251.csv</c>), read into
/// the <c>nucc_taxonomy</c> table.
/// </summary>
/// <remarks>The version comes from the file name: <c>251</c> is 25.1 (2025, second release, effective July 1).</remarks>
public sealed partial class NuccFormat : IReferenceFormat<NuccRow>
{
    /// <inheritdoc/>
    public string Dataset => "nucc";

    /// <inheritdoc/>
    public string Publisher => "NUCC";

    /// <inheritdoc/>
    public bool Recognises(string path)
    {
        if (!NamePattern().IsMatch(Path.GetFileName(path)) || !File.Exists(path)) return false;
        try
        {
            using var csv = new ReferenceCsv(path);
            return csv.Read() && NuccReader.IsHeader(csv);
        }
        catch (InputFormatException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public string ReadVersion(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        if (!match.Success)
            throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
                "Expected a NUCC file name such as nucc_taxonomy_251.csv that carries the version",
                fix: "Keep the file name NUCC published.");
        return match.Groups["year"].Value + "." + match.Groups["release"].Value;
    }

    /// <inheritdoc/>
    public IEnumerable<RowResult<NuccRow>> Read(string path, CancellationToken cancellationToken) =>
        NuccReader.Read(path, ReferenceFile.Origin(this, path), cancellationToken);

    [GeneratedRegex(@"^nucc_taxonomy_(?<year>\d{2})(?<release>\d)\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
