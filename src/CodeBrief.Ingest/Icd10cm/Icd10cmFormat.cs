using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.Icd10cm;

/// <summary>
/// CDC/NCHS ICD-10-CM code descriptions: the <c>codes</c> file (billable codes) and the <c>order</c> file (every code with
/// its billable flag), read into the <c>icd10cm</c> table.
/// </summary>
/// <remarks>The fiscal year comes from the file name: <c>icd10cm-codes-2026.txt</c> is FY2026 (October 2025 – September 2026).</remarks>
public sealed partial class Icd10cmFormat : IReferenceFormat<IcdRow>
{
    /// <inheritdoc/>
    public string Dataset => "icd10cm";

    /// <inheritdoc/>
    public string Publisher => "CDC/NCHS";

    /// <inheritdoc/>
    public bool Recognises(string path)
    {
        if (LayoutFromName(path) is not { } layout || !File.Exists(path)) return false;
        using var reader = ReferenceFile.OpenText(path);
        var first = reader.ReadLine();
        return first is not null && Icd10cmReader.LooksLike(first, layout);
    }

    /// <inheritdoc/>
    public string ReadVersion(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        if (!match.Success)
            throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
                "Expected a CDC file name such as icd10cm-codes-2026.txt that carries the fiscal year",
                fix: "Keep the file name CDC published.");
        return "FY" + match.Groups["year"].Value;
    }

    /// <inheritdoc/>
    public IEnumerable<RowResult<IcdRow>> Read(string path, CancellationToken cancellationToken)
    {
        var layout = LayoutFromName(path) ?? Icd10cmLayout.Codes;
        return Icd10cmReader.Read(path, layout, ReferenceFile.Origin(this, path), cancellationToken);
    }

    /// <summary>The layout a file name announces, or null when the name is not a CDC ICD-10-CM description file.</summary>
    public static Icd10cmLayout? LayoutFromName(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        if (!match.Success) return null;
        return match.Groups["kind"].Value.Equals("order", StringComparison.OrdinalIgnoreCase) ? Icd10cmLayout.Order : Icd10cmLayout.Codes;
    }

    [GeneratedRegex(@"^icd10cm[-_ ](?<kind>codes|order)[-_ ](?<year>\d{4})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
