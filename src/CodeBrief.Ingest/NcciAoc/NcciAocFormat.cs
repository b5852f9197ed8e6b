using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Workbook;

namespace CodeBrief.Ingest.NcciAoc;

/// <summary>
/// Medicare NCCI add-on code edits (<c>AOC_V2026Q2-MCR.xlsx</c>), read into the <c>ncci_addon</c> table.
/// </summary>
/// <remarks>The version is the quarter in the file name (<c>V2026Q2</c>).</remarks>
public sealed partial class NcciAocFormat : IReferenceFormat<AddOnEditRow>
{
    /// <inheritdoc/>
    public string Dataset => "ncci-aoc";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public bool Recognises(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        try
        {
            using var sheet = WorkbookSheet.Open(path);
            return NcciAocReader.FindHeader(sheet) is not null;
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
                "Expected a CMS file name such as AOC_V2026Q2-MCR.xlsx that carries the quarter",
                fix: "Keep the file name CMS published.");
        return match.Groups["version"].Value.ToUpperInvariant();
    }

    /// <inheritdoc/>
    public IEnumerable<RowResult<AddOnEditRow>> Read(string path, CancellationToken cancellationToken) =>
        NcciAocReader.Read(path, ReferenceFile.Origin(this, path), cancellationToken);

    [GeneratedRegex(@"^AOC_(?<version>V\d{4}Q\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
