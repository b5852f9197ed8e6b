using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.NcciPtp;

/// <summary>
/// Medicare NCCI procedure-to-procedure edits, the tab-delimited text files CMS publishes per quarter
/// (<c>ccipra-v321r0-f1.txt</c> practitioner, <c>ccioph-v321r0-f1.txt</c> outpatient hospital), read into <c>ncci_ptp</c>.
/// </summary>
/// <remarks>
/// The version is the name's <c>v321r0</c> part (version 32.1, revision 0). A quarter comes as several parts (<c>-f1</c> …
/// <c>-f4</c>) that share that version and each load as a file of their own; the setting (practitioner or hospital) comes
/// from the <c>pra</c>/<c>oph</c> in the name and is stored on every row.
/// </remarks>
public sealed partial class NcciPtpFormat : IReferenceFormat<PtpEditRow>
{
    /// <inheritdoc/>
    public string Dataset => "ncci-ptp";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public bool Recognises(string path)
    {
        if (SettingFromName(path) is null || !File.Exists(path)) return false;
        try
        {
            using var reader = ReferenceFile.OpenText(path);
            return NcciPtpReader.FindHeader(reader) > 0;
        }
        catch (InputFormatException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public string ReadVersion(string path) => NamePattern().Match(Path.GetFileName(path)) is { Success: true } match
        ? match.Groups["version"].Value.ToLowerInvariant()
        : throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
            "Expected a CMS file name such as ccipra-v321r0-f1.txt that carries the version", fix: "Keep the file name CMS published.");

    /// <inheritdoc/>
    public IEnumerable<RowResult<PtpEditRow>> Read(string path, CancellationToken cancellationToken)
    {
        var setting = SettingFromName(path)
            ?? throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
                "Expected a CMS file name starting ccipra- (practitioner) or ccioph- (outpatient hospital), which gives the setting",
                fix: "Keep the file name CMS published.");
        return NcciPtpReader.Read(path, setting, ReferenceFile.Origin(this, path), cancellationToken);
    }

    /// <summary><c>practitioner</c> or <c>hospital</c> from a CMS PTP file name, or null when the name is not one.</summary>
    public static string? SettingFromName(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        if (!match.Success) return null;
        return match.Groups["setting"].Value.Equals("pra", StringComparison.OrdinalIgnoreCase) ? "practitioner" : "hospital";
    }

    [GeneratedRegex(@"^cci(?<setting>pra|oph)-(?<version>v\d{3,4}r\d+)(-f\d+)?\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
